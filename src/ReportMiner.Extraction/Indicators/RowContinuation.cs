using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A table row broken in two by a page break or a wrapped cell in a text export: the second part is a short row
/// that starts at the first column with a value ("100%", "高 | 高") right under a row that still has room for it.
/// The two parts are read as one row.
/// </summary>
public static partial class RowContinuation
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

    /// <summary>
    /// The page number a document-sharing site writes at the start of a page's first line ("2、的影响 | 对经济和社会的影响
    /// | 较好 …") when <paramref name="item"/> is the rest of the row above that a page break cut: the row above holds
    /// only labels (its values are on the new page), this one holds values, and the two fit under the header as one
    /// row. Null when it is not.
    /// </summary>
    public static int? PageNumberBefore(DocItem last, int lastRow, DocItem item, IndicatorHeader header)
    {
        if (item.Table != last.Table || item.Row != lastRow + 1 || item.Cells.Count < 2) return null;
        if (PageNumbered().Match(item.Cells[0]) is not { Success: true } number) return null;
        var above = last.Cells.Take(Filled(last.Cells)).ToList();
        if (above.Count == 0 || TextKey.Of(above[^1]).Length == 0 || above.Any(c => TextKey.Of(c).Length > 0 && !CellKinds.IsLabel(c))) return null;
        var rest = item.Cells.Take(Filled(item.Cells)).ToList();
        if (!rest.Skip(1).Any(c => TextKey.Of(c).Length > 0 && (CellKinds.IsValue(c) || CellKinds.IsYesNo(c)))) return null;
        var cells = above.Count + rest.Count - (CutInsideCell(above[^1]) ? 1 : 0);
        return cells <= header.Columns.Count(c => !c.SideLabel) ? int.Parse(number.Groups["n"].Value) : null;
    }

    /// <summary>The row above completed by the rest that a page break moved to the next page, the page number dropped.</summary>
    public static DocItem JoinAfterPageNumber(DocItem last, DocItem item)
    {
        var above = last.Cells.Take(Filled(last.Cells)).ToList();
        var rest = item.Cells.Take(Filled(item.Cells)).ToList();
        var first = PageNumbered().Replace(rest[0], string.Empty, 1);
        // A label cell cut inside its text ("对经济和社会" / "的影响") is one cell; a whole level label ends its own.
        if (CutInsideCell(above[^1])) above[^1] += first;
        else above.Add(first);
        var cells = above.Concat(rest.Skip(1)).ToArray();
        // Read as the new page's row: the old one's merged blank (its values were moved away) spans no value here.
        return item with { Cells = cells, Text = string.Join('\t', cells), Original = last.Original + "\t" + item.Original };
    }

    private static bool CutInsideCell(string cell) => !EvaluationLevels.IsLevel1Word(cell) && !EvaluationLevels.IsLevel2Word(cell);

    [GeneratedRegex(@"^\s*(?<n>[2-9]|[1-9]\d{1,2})、(?=\S)")]
    private static partial Regex PageNumbered();

    private static int SideLabels(IndicatorHeader header) => header.Columns.Count(c => c.SideLabel);

    private static int Filled(IReadOnlyList<string> cells)
    {
        var n = cells.Count;
        while (n > 0 && TextKey.Of(cells[n - 1]).Length == 0) n--;
        return n;
    }
}
