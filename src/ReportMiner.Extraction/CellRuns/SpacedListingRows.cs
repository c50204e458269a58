using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A listing of projects whose cells a PDF's text separated by spaces, one row per line (序号 主管部门 项目名称 资金量 (万元)
/// 评价等级 / 1 某局 某项目 2059 良): a heading line that opens with 序号 and names the projects and their money or score
/// gives the columns, and each line below that opens with the next sequence number and has as many cells as the
/// headings is a row (a bracketed unit stays with its heading). The rows replace the lines, as the table the listing
/// reader knows, when two rows or more each put a figure under a money or score heading and none under the name or a
/// department (<see cref="ListingCellRows.Fits"/>); a line of another shape ends them.
/// </summary>
internal static partial class SpacedListingRows
{
    private const int MinHeaderCells = 3;
    private const int MaxHeaderCells = 12;
    private const int LongestLine = 400;
    private const int MinRows = 2;

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = 0;
        for (var i = 0; i < items.Count;)
        {
            if (HeaderAt(items[i]) is { } header && RowsBelow(items, i + 1, header) is { Count: >= MinRows } rows)
            {
                var all = new List<(DocItem Source, string[] Cells)> { (items[i], header) };
                all.AddRange(rows);
                result.AddRange(CellRunRows.Items(all, -5000 - tables++));
                i += rows.Count + 1;
                continue;
            }
            result.Add(items[i++]);
        }
        return result;
    }

    private static string[]? HeaderAt(DocItem item)
    {
        if (CellsOf(item) is not { Count: >= MinHeaderCells and <= MaxHeaderCells + 2 } line) return null;
        var cells = WithUnitNotes(line).Select(LabelValues.LabelKey).ToArray();
        if (cells.Length > MaxHeaderCells || cells[0] is not ("序号" or "编号") || !cells.Any(ProjectSegmentationRule.IsProjectNameLabel)
            || !cells.Any(c => ListedProjectsRule.IsAmountHeading(c) || ListedProjectsRule.IsScoreHeading(c)))
            return null;
        return cells;
    }

    /// <summary>The lines below that each open with the next sequence number and fill every heading; a line of another shape ends them.</summary>
    private static List<(DocItem Source, string[] Cells)> RowsBelow(IReadOnlyList<DocItem> items, int from, string[] header)
    {
        var rows = new List<(DocItem, string[])>();
        for (var k = from; k < items.Count; k++)
        {
            if (CellsOf(items[k]) is not { } cells || cells.Count != header.Length || !Number().IsMatch(cells[0])
                || int.Parse(cells[0].TrimEnd('.', '、'), CultureInfo.InvariantCulture) != rows.Count + 1
                || !ListingCellRows.Fits(header, [.. cells]))
                break;
            rows.Add((items[k], [.. cells]));
        }
        return rows;
    }

    private static List<string>? CellsOf(DocItem item) =>
        item.IsRow || item.Text.Contains('\t') || item.Text.Length > LongestLine || !item.Text.Trim().Contains(' ') && !item.Text.Contains('\u3000')
            ? null : SpacedCells.Of(item.Text);

    /// <summary>The heading cells with a bracketed unit ("(万元)") joined to the heading before it.</summary>
    private static List<string> WithUnitNotes(List<string> cells)
    {
        var joined = new List<string>(cells.Count);
        foreach (var cell in cells)
            if (joined.Count > 0 && Note().IsMatch(TextKey.Of(cell))) joined[^1] += cell;
            else joined.Add(cell);
        return joined;
    }

    [GeneratedRegex(@"^\d{1,3}[.、]?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[（(][^（()）]{1,12}[)）]$")]
    private static partial Regex Note();
}
