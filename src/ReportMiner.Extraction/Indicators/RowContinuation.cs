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
        if (item.Table != last.Table || item.Row != lastRow + 1) return false;
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

    private static int SideLabels(IndicatorHeader header) => header.Columns.Count(c => c.SideLabel);

    private static int Filled(IReadOnlyList<string> cells)
    {
        var n = cells.Count;
        while (n > 0 && TextKey.Of(cells[n - 1]).Length == 0) n--;
        return n;
    }
}
