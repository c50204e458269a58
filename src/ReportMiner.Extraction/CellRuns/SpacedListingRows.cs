using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A listing of projects whose cells a PDF's text separated by spaces, one row per line (序号 主管部门 项目名称 资金量 (万元)
/// 评价等级 / 1 某局 某项目 2059 良): a heading line that opens with 序号 and names the projects and their money or score
/// (or with 项目名称, its rows then unnumbered) gives the columns, and each line below that opens with the next sequence
/// number and fills the headings from the left, every row as many, is a row (a bracketed unit stays with its heading). The rows replace the lines, as the table the listing
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
        var tables = new RebuiltTables(RebuiltTableReader.SpacedListingRows);
        for (var i = 0; i < items.Count;)
        {
            if (HeaderAt(items[i]) is { } header && RowsBelow(items, i + 1, header) is { Count: >= MinRows } rows)
            {
                var all = new List<(DocItem Source, string[] Cells)> { (items[i], header) };
                all.AddRange(rows);
                result.AddRange(tables.Next(all));
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
        if (cells.Length > MaxHeaderCells || !(IsNumberHeading(cells[0]) || ProjectSegmentationRule.IsProjectNameLabel(cells[0]))
            || !cells.Any(ProjectSegmentationRule.IsProjectNameLabel)
            || !cells.Any(c => ListedProjectsRule.IsAmountHeading(c) || ListedProjectsRule.IsScoreHeading(c)))
            return null;
        return cells;
    }

    private static bool IsNumberHeading(string key) => key is "序号" or "编号";

    /// <summary>
    /// The lines below that each fill the headings from the left, all as many (a grade left blank at the end of every row),
    /// and open with the next sequence number under 序号; a line of another shape ends them.
    /// </summary>
    private static List<(DocItem Source, string[] Cells)> RowsBelow(IReadOnlyList<DocItem> items, int from, string[] header)
    {
        var numbered = IsNumberHeading(header[0]);
        var name = Array.FindIndex(header, ProjectSegmentationRule.IsProjectNameLabel);
        var rows = new List<(DocItem, string[])>();
        int? width = null;
        for (var k = from; k < items.Count; k++)
        {
            if (CellsOf(items[k]) is not { } cells || cells.Count > header.Length || cells.Count <= name + 1 || (width is { } w && cells.Count != w)
                || (numbered && (!Number().IsMatch(cells[0]) || int.Parse(cells[0].TrimEnd('.', '、'), CultureInfo.InvariantCulture) != rows.Count + 1)))
                break;
            var filled = new string[header.Length];
            Array.Fill(filled, string.Empty);
            for (var c = 0; c < cells.Count; c++) filled[c] = cells[c];
            if (!ListingCellRows.Fits(header, filled)) break;
            rows.Add((items[k], filled));
            width = cells.Count;
        }
        return rows;
    }

    private static List<string>? CellsOf(DocItem item) => CellTexts.SpacedCellsOf(item, LongestLine);

    /// <summary>The heading cells with a bracketed unit ("(万元)") joined to the heading before it.</summary>
    private static List<string> WithUnitNotes(List<string> cells)
    {
        var joined = new List<string>(cells.Count);
        foreach (var cell in cells)
            if (joined.Count > 0 && CellTexts.IsNote(TextKey.Of(cell))) joined[^1] += cell;
            else joined.Add(cell);
        return joined;
    }

    [GeneratedRegex(@"^\d{1,3}[.、]?$")]
    private static partial Regex Number();
}
