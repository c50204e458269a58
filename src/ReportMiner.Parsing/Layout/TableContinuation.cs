namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Joins a table with its continuation on the next page: both are put on the union of their column edges,
/// a repeated header is dropped, a row split by the page break is folded back together, merged cells cut
/// by the break are extended, and the rest is appended below.
/// </summary>
public static class TableContinuation
{
    /// <summary>Same outer frame: the next page's table plausibly continues this one.</summary>
    public static bool Continues(GridTable first, GridTable next, double tolerance) =>
        Math.Abs(first.ColumnEdges[0] - next.ColumnEdges[0]) <= tolerance
        && Math.Abs(first.ColumnEdges[^1] - next.ColumnEdges[^1]) <= tolerance;

    public static GridTable Join(GridTable first, GridTable next, double tolerance)
    {
        var edges = RuleSegments.DistinctPositions(first.ColumnEdges.Concat(next.ColumnEdges), tolerance);
        var a = first.Regrid(edges);
        var b = next.Regrid(edges);
        DropRepeatedHeader(a, b);
        if (!next.OpensWithOwnRow) FoldSplitRow(a, b);
        var offset = a.RowCount;
        ExtendCutSpans(a, b);
        foreach (var c in b.Cells) c.Row += offset;
        a.Cells.AddRange(b.Cells);
        return new GridTable(a.Page, edges, a.Top, a.Bottom, a.Cells);
    }

    private static void DropRepeatedHeader(GridTable head, GridTable next)
    {
        var rows = 0;
        while (rows < Math.Min(head.RowCount, next.RowCount) - 1
               && head.RowTexts(rows).SequenceEqual(next.RowTexts(rows))
               && next.RowTexts(rows).Any(t => t.Length > 0))
            rows++;
        if (rows == 0 || next.Cells.Any(c => c.Row < rows && c.Row + c.RowSpan > rows)) return;
        RemoveLeadingRows(next, rows);
    }

    // A row broken by the page break leaves a first row whose key cell is empty while later cells go on, or
    // (when every row repeats its level labels, so no key column stands out) a first row that only goes on
    // with some of the cells the last row has of its own.
    private static void FoldSplitRow(GridTable previous, GridTable next)
    {
        var last = previous.RowCount - 1;
        if (last < 0 || next.RowCount < 1) return;
        var leading = next.Cells.Where(c => c.Row == 0).ToList();
        if (leading.All(c => c.Text.Length == 0)) return;
        if (!KeyCellEndedBeforeTheBreak(previous, last, next) && !OnlyWrappedCellsGoOn(previous, last, leading)
            && !OnlyFullCellsGoOn(previous, last, leading)) return;
        foreach (var c in leading.Where(c => c.Text.Length > 0).OrderBy(c => c.Column))
        {
            var target = previous.CellAt(last, c.Column);
            if (target is null) continue;
            target.Text = CjkText.Join(target.Text, c.Text);
            c.Text = string.Empty;
        }
        RemoveLeadingRows(next, 1);
    }

    private static bool KeyCellEndedBeforeTheBreak(GridTable previous, int last, GridTable next)
    {
        var key = KeyColumn(previous);
        return (previous.CellAt(last, key)?.Text.Length ?? 0) > 0 && (next.CellAt(0, key)?.Text.Length ?? 0) == 0;
    }

    // Each filled cell of the first row sits under a filled cell of the last row's own (same columns, not a
    // label spanning rows), and just one of at least three own cells goes on: the rest of the row ended on the
    // first page. A new row would fill its name and values again.
    private static bool OnlyWrappedCellsGoOn(GridTable previous, int last, IReadOnlyList<GridCell> leading)
    {
        var own = previous.Cells.Where(c => c.Row == last && c.RowSpan == 1 && c.Text.Length > 0).ToList();
        var filled = leading.Where(c => c.Text.Length > 0).ToList();
        return filled.All(c => c.RowSpan == 1 && own.Any(o => o.Column == c.Column && o.ColumnSpan == c.ColumnSpan))
               && filled.Count == 1 && own.Count >= 3;
    }

    // Each filled cell of the first row sits under a cell of the last row's own whose last line was full, and at
    // least one of those had wrapped already: text cut by the page where it would have wrapped again (a row taller
    // than what was left of the page, split across it). A one-line cell can be full by itself (a column as wide as
    // its widest figure), so full one-line cells alone are no evidence.
    private static bool OnlyFullCellsGoOn(GridTable previous, int last, IReadOnlyList<GridCell> leading)
    {
        var above = new List<GridCell>();
        foreach (var c in leading.Where(c => c.Text.Length > 0))
        {
            if (c.RowSpan != 1 || previous.CellAt(last, c.Column) is not { } cell || cell.Row + cell.RowSpan - 1 != last
                || cell.Column != c.Column || cell.ColumnSpan != c.ColumnSpan || cell.Text.Length == 0 || !cell.EndsFull)
                return false;
            above.Add(cell);
        }
        return above.Any(c => c.Wrapped);
    }

    // The key column names each row (an indicator's name): the leftmost column where most rows have a cell of
    // their own, unlike group labels that span several rows.
    private static int KeyColumn(GridTable table)
    {
        var rows = Math.Max(1, table.RowCount);
        var shares = Enumerable.Range(0, table.ColumnCount)
            .Select(c => table.Cells.Count(x => x.Column == c && x.RowSpan == 1 && x.Text.Length > 0) / (double)rows).ToList();
        var first = shares.FindIndex(s => s >= 0.6);
        return first >= 0 ? first : shares.IndexOf(shares.Max());
    }

    // An empty cell at the top of the continuation, exactly under a filled cell reaching the break, is that
    // merged cell's remainder (a label spanning rows on both pages).
    private static void ExtendCutSpans(GridTable previous, GridTable next)
    {
        var last = previous.RowCount - 1;
        foreach (var c in next.Cells.Where(c => c.Row == 0 && c.Text.Length == 0).ToList())
        {
            var above = previous.CellAt(last, c.Column);
            if (above is null || above.Text.Length == 0 || above.Column != c.Column || above.ColumnSpan != c.ColumnSpan
                || above.Row + above.RowSpan - 1 != last)
                continue;
            above.RowSpan += c.RowSpan;
            next.Cells.Remove(c);
        }
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
