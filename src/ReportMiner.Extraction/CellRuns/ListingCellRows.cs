using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A listing of projects written one cell per line (a web page's text of the table, or a table export that ends each cell
/// with " |"): a run of heading lines that opens with 序号 or 项目名称 and names the projects' money or score
/// (项目名称 / 债券性质 / 债券规模 / 自评分数 / 自评等级) gives the columns. The cell lines below are cut into rows: at each
/// sequence number followed by a name (a Chinese numeral opens a section row), or, where the rows carry no number,
/// at the text that follows a row's figures. A row fills the columns from the left (an unfilled grade at its end stays
/// blank); the rows end before a line that opens no row with a figure (a page footer, a paragraph). The rows replace
/// the lines, as the table the listing reader knows, when two project rows or more have one shape (a form's label and
/// value lines over its money block do not).
/// </summary>
internal static partial class ListingCellRows
{
    private const int MinHeaderCells = 3;
    private const int MaxHeaderCells = 12;
    private const int LongestHeading = 24;
    private const int LongestCell = 80;
    private const int ShortestName = 2;
    private const int MinProjectRows = 2;
    // A listing row is a handful of cells; the cap keeps a page of thousands of lines linear.
    private const int MaxBodyCells = 2000;

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.ListingCellRows);
        for (var i = 0; i < items.Count;)
        {
            if (HeaderAt(items, i) is { } header && Rows(items, header) is { Count: > 0 } rows)
            {
                var all = new List<(DocItem Source, string[] Cells)> { (items[i], header.Cells) };
                all.AddRange(rows.Select(r => (r.Source, r.Cells)));
                result.AddRange(tables.Next(all));
                i = rows[^1].End;
                continue;
            }
            result.Add(items[i++]);
        }
        return result;
    }

    private sealed record Header(string[] Cells, int NameColumn, bool Numbered, int End);

    private sealed record Cell(string Text, DocItem Item, int Next);

    /// <param name="Width">The cells a project's row wrote; null for a section's or a total's row.</param>
    private sealed record Row(DocItem Source, string[] Cells, int End, int? Width);

    /// <summary>The listing's headings standing one per line from <paramref name="start"/> on, or null.</summary>
    private static Header? HeaderAt(IReadOnlyList<DocItem> items, int start)
    {
        if (CellLine.TextOf(items[start]) is not { Length: > 0 and <= LongestHeading } first
            || LabelValues.LabelKey(first) is not ("序号" or "编号") && !ProjectSegmentationRule.IsProjectNameLabel(LabelValues.LabelKey(first)))
            return null;
        var cells = new List<string>();
        var known = 0;
        var end = start;
        for (var k = start; k < items.Count && cells.Count < MaxHeaderCells; k++)
        {
            if (CellLine.TextOf(items[k]) is not { Length: > 0 and <= LongestHeading } text || CellKinds.IsNumber(text)) break;
            cells.Add(LabelValues.LabelKey(text));
            // Headings no listing word names (债券性质) stand between named ones; the header ends at its last named heading.
            if (IsNamedHeading(cells[^1])) (known, end) = (cells.Count, k + 1);
        }
        cells.RemoveRange(known, cells.Count - known);
        var name = cells.FindIndex(ProjectSegmentationRule.IsProjectNameLabel);
        if (cells.Count < MinHeaderCells || name < 0 || !cells.Any(c => ListedProjectsRule.IsAmountHeading(c) || ListedProjectsRule.IsScoreHeading(c)))
            return null;
        return new Header([.. cells], name, cells[0] is "序号" or "编号", end);
    }

    private static bool IsNamedHeading(string key) =>
        key is "序号" or "编号" || ProjectSegmentationRule.IsProjectNameLabel(key) || ListedProjectsRule.IsAmountHeading(key)
        || ListedProjectsRule.IsScoreHeading(key) || key.Contains("等级") || key.Contains("等次")
        || IsUnitHeading(key);

    /// <summary>The rows cut from the cell lines after the header, up to the first line that opens no row.</summary>
    private static List<Row> Rows(IReadOnlyList<DocItem> items, Header header)
    {
        var cells = new List<Cell>();
        for (var k = header.End; k < items.Count && cells.Count < MaxBodyCells; k++)
        {
            if (CellLine.TextOf(items[k]) is not { } text || text.Length > LongestCell) break;
            // A bar alone, or a run of bars for a row's blank cells, fills nothing: the row's cells fill from the left.
            if (text.Trim('|', ' ').Length == 0) continue;
            cells.Add(new Cell(text, items[k], k + 1));
        }
        var rows = new List<Row>();
        foreach (var (from, to) in Cuts(cells, header.Numbered))
        {
            var row = cells.GetRange(from, to - from);
            var numbered = header.Numbered && Numeral(row[0].Text) is not null;
            var offset = numbered ? 0 : header.NameColumn;
            var nameAt = numbered ? 1 : 0;
            if (row.Count > header.Cells.Length - offset || row.Count <= nameAt) break;
            var name = row[nameAt].Text;
            if (name.Length < ShortestName || CellKinds.IsNumber(name)) break;
            // A row gives a figure; only a section's row (一 | 项目绩效评价) is a numeral and its title alone.
            if (!row.Skip(nameAt + 1).Any(c => CellKinds.IsNumber(c.Text)) && !(numbered && IsChineseNumeral(row[0].Text) && row.Count == 2)) break;
            var filled = new string[header.Cells.Length];
            Array.Fill(filled, string.Empty);
            for (var c = 0; c < row.Count; c++) filled[offset + c] = row[c].Text;
            var total = IsChineseNumeral(row[0].Text) || IsTotal(name);
            if (!total && !Fits(header.Cells, filled)) break;
            rows.Add(new Row(row[0].Item, filled, row[^1].Next, total ? null : row.Count));
        }
        // A listing's project rows are alike: a form's label/value lines over its money block give rows of different shapes.
        var projects = rows.Where(r => r.Width is not null).ToList();
        return projects.Count >= MinProjectRows && projects.All(r => r.Width == projects[0].Width) ? rows : [];
    }

    /// <summary>
    /// A project's row puts a figure under a money or score heading and nothing else there, and no figure under the name or a
    /// department: a form's money rows read under its label and value lines fill the wrong columns.
    /// </summary>
    internal static bool Fits(string[] headings, string[] cells)
    {
        var figures = 0;
        for (var c = 0; c < headings.Length; c++)
        {
            if (cells[c].Length == 0) continue;
            var number = CellKinds.IsNumber(cells[c]);
            if (ListedProjectsRule.IsAmountHeading(headings[c]) || ListedProjectsRule.IsScoreHeading(headings[c]))
            {
                if (!number) return false;
                figures++;
            }
            else if (number && (ProjectSegmentationRule.IsProjectNameLabel(headings[c]) || IsUnitHeading(headings[c]))) return false;
        }
        return figures > 0;
    }

    private static bool IsUnitHeading(string key) => key.EndsWith("部门", StringComparison.Ordinal) || key.EndsWith("单位", StringComparison.Ordinal);

    private static bool IsTotal(string name) => TextKey.Of(name) is "合计" or "总计" or "小计";

    /// <summary>Where each row of the cell lines starts and ends.</summary>
    private static IEnumerable<(int From, int To)> Cuts(List<Cell> cells, bool numbered)
    {
        if (cells.Count == 0) yield break;
        var starts = new List<int> { 0 };
        var last = numbered ? Numeral(cells[0].Text) : null;
        for (var j = 1; j < cells.Count; j++)
        {
            bool opens;
            if (numbered && last is not null)
            {
                // The next number, or a section's numeral (一、二 …), followed by a name; a figure equal to the next number is a value.
                opens = j + 1 < cells.Count && !CellKinds.IsNumber(cells[j + 1].Text)
                    && (IsChineseNumeral(cells[j].Text) || Numeral(cells[j].Text) is { } n && (n == last + 1 || n == 1));
                if (opens && !IsChineseNumeral(cells[j].Text)) last = Numeral(cells[j].Text);
                else if (opens) last = 0;
            }
            else opens = !CellKinds.IsNumber(cells[j].Text) && CellKinds.IsNumber(cells[j - 1].Text);
            if (opens) starts.Add(j);
        }
        for (var s = 0; s < starts.Count; s++) yield return (starts[s], s + 1 < starts.Count ? starts[s + 1] : cells.Count);
    }

    /// <summary>A sequence number's value (a Chinese section numeral counts as 0), or null.</summary>
    private static int? Numeral(string text)
    {
        var key = text.Trim().TrimEnd('.', '、');
        if (IsChineseNumeral(key)) return 0;
        return key.Length is > 0 and <= 3 && key.All(char.IsAsciiDigit) ? int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool IsChineseNumeral(string text) => ChineseNumeral().IsMatch(text.Trim());

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}[、.]?$")]
    private static partial Regex ChineseNumeral();
}
