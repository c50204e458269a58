namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Recognises a table continued on the next page (same column edges) and prepares the continuation: drops
/// a repeated header and folds a row split by the page break back into the row it belongs to.
/// </summary>
public static class TableContinuation
{
    public static bool Continues(GridTable first, GridTable next, double tolerance)
    {
        if (first.ColumnEdges.Count != next.ColumnEdges.Count) return false;
        return first.ColumnEdges.Zip(next.ColumnEdges).All(p => Math.Abs(p.First - p.Second) <= tolerance);
    }

    /// <summary>Removes from <paramref name="next"/> the header rows repeating those of <paramref name="head"/> (the
    /// table's first part) and folds a row split from <paramref name="previous"/> back into it.</summary>
    public static void Trim(GridTable head, GridTable previous, GridTable next)
    {
        DropRepeatedHeader(head, next);
        FoldSplitRow(previous, next);
    }

    private static void DropRepeatedHeader(GridTable first, GridTable next)
    {
        var rows = 0;
        while (rows < Math.Min(first.RowCount, next.RowCount) - 1
               && first.RowTexts(rows).SequenceEqual(next.RowTexts(rows))
               && next.RowTexts(rows).Any(t => t.Length > 0))
            rows++;
        if (rows == 0 || next.Cells.Any(c => c.Row < rows && c.Row + c.RowSpan > rows)) return;
        RemoveLeadingRows(next, rows);
    }

    // A row broken by the page break leaves a first row whose key cell (the last row's first own cell) is empty.
    private static void FoldSplitRow(GridTable first, GridTable next)
    {
        var last = first.RowCount - 1;
        if (last < 0 || next.RowCount < 1) return;
        var key = first.Cells.Where(c => c.Row == last && c.Text.Length > 0).OrderBy(c => c.Column).FirstOrDefault();
        if (key is null || (next.CellAt(0, key.Column)?.Text.Length ?? 0) > 0) return;
        var leading = next.Cells.Where(c => c.Row == 0).ToList();
        if (leading.All(c => c.Text.Length == 0)) return;
        foreach (var c in leading.Where(c => c.Text.Length > 0).OrderBy(c => c.Column))
        {
            var target = first.CellAt(last, c.Column);
            if (target is null) continue;
            target.Text = CjkText.Join(target.Text, c.Text);
            c.Text = string.Empty;
        }
        RemoveLeadingRows(next, 1);
    }

    private static void RemoveLeadingRows(GridTable table, int rows)
    {
        table.Cells.RemoveAll(c => c.Row + c.RowSpan <= rows);
        foreach (var c in table.Cells)
        {
            var newRow = Math.Max(0, c.Row - rows);
            c.RowSpan = c.Row + c.RowSpan - rows - newRow;
            c.Row = newRow;
        }
    }
}
