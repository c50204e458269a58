using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A table row broken in two by a page break or a wrapped cell in a text export: the second part is a short row
/// that starts at the first column with a value ("100%", "高 | 高") right under a row that still has room for it.
/// The two parts are read as one row.
/// </summary>
public static class RowContinuation
{
    private const int MostContinuedCells = 3;

    public static bool Continues(DocItem last, int lastRow, DocItem item, IndicatorHeader header)
    {
        var nextRow = item.Table == last.Table && item.Row == lastRow + 1;
        var nextTable = item.Table != last.Table && item.Row == 0;
        if (!nextRow && !nextTable) return false;
        var filled = item.Cells.Where(c => TextKey.Of(c).Length > 0).ToList();
        if (filled.Count is 0 or > MostContinuedCells || TextKey.Of(item.Cells[0]).Length == 0) return false;
        var first = filled[0];
        if (IndicatorFramework.IsLevelLabel(first)) return false;
        var looksLikeValue = CellKinds.IsValue(first) && (TextKey.Of(first).Any(char.IsAsciiDigit) || TextKey.Of(first).Length <= 2);
        if (!looksLikeValue) return false;
        var columns = header.Columns.Count(c => !c.SideLabel);
        return Filled(last.Cells) - SideLabels(header) + filled.Count <= columns;
    }

    public static DocItem Join(DocItem last, DocItem item)
    {
        var cells = last.Cells.Take(Filled(last.Cells)).Concat(item.Cells.Where(c => TextKey.Of(c).Length > 0)).ToArray();
        return last with { Cells = cells, Text = string.Join('\t', cells), Original = last.Original + "\t" + item.Original };
    }

    /// <summary>
    /// True when <paramref name="item"/> is the second line of cells that wrapped in a PDF: values of the row above
    /// span down over it, and it holds only the rest of a few label texts ("产出" / "指标", "化肥减量增" / "效田间试验"),
    /// each under a filled cell of the row above.
    /// </summary>
    public static bool IsWrappedLine(DocItem last, int lastRow, DocItem item)
    {
        if (item.Table != last.Table || item.Row != lastRow + 1 || item.Table is not { } table) return false;
        int spannedValues = 0, ownLabels = 0;
        for (var c = 0; c < item.Cells.Count; c++)
        {
            var cell = table.CellAt(item.Row.Value, c);
            if (cell is null || cell.Column != c || TextKey.Of(cell.Text).Length == 0) continue;
            var hasDigits = TextKey.Of(cell.Text).Any(char.IsAsciiDigit);
            if (cell.Row < item.Row) { if (hasDigits) spannedValues++; continue; }
            if (hasDigits || c >= last.Cells.Count || TextKey.Of(last.Cells[c]).Length == 0) return false;
            ownLabels++;
        }
        return ownLabels > 0 && spannedValues > ownLabels;
    }

    /// <summary>The row above with each label cell's wrapped rest appended.</summary>
    public static DocItem JoinWrapped(DocItem last, DocItem item)
    {
        var cells = last.Cells.ToArray();
        for (var c = 0; c < cells.Length && c < item.Cells.Count; c++)
        {
            var cell = item.Table!.CellAt(item.Row!.Value, c);
            if (cell is null || cell.Row != item.Row || TextKey.Of(item.Cells[c]).Length == 0) continue;
            cells[c] = TextKey.WithoutPinyin(cells[c] + item.Cells[c]);
        }
        return last with { Cells = cells, Text = string.Join('\t', cells), Original = last.Original + "\t" + item.Original };
    }

    private static int SideLabels(IndicatorHeader header) => header.Columns.Count(c => c.SideLabel);

    private static int Filled(IReadOnlyList<string> cells)
    {
        var n = cells.Count;
        while (n > 0 && TextKey.Of(cells[n - 1]).Length == 0) n--;
        return n;
    }
}
