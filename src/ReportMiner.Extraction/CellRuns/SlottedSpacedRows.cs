using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A 自评表 that a page flattened into one paragraph of space-separated cells whose header came out scrambled, so no
/// header run vouches for the columns ("… 质量指标 指标1:资金是否全部纳入医 保统筹 100% 100% 15 15 时效指标 指标1:…"):
/// the template's slot ("指标1:") opens each name, the name may go on in a wrapped piece or two, and four cells follow it —
/// target, actual, points and a score no greater than the points. Where a paragraph holds two such rows or more and no
/// header reader finds a table in it, they become a table of their own after it, the level-2 label written just before
/// a slot giving that row's levels; every other word stays where it was.
/// </summary>
public static partial class SlottedSpacedRows
{
    private const int FewestRows = 2;
    private const int MostNamePieces = 3;
    private const int LongestName = 40;
    private const int LongestParagraph = 20_000;

    private static readonly string[] HeaderCells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.SlottedSpacedRows);
        var lineRows = new List<(DocItem, string[])>();
        var runStart = 0;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var rows = item.IsRow || item.Text.Length > LongestParagraph || !item.Text.Contains(' ') ? [] : RowsOf(item.Text);
            if (rows.Count == 1 && IsOneRowLine(item.Text, rows[0]))
            {
                if (lineRows.Count == 0) runStart = k;
                result.Add(item);
                lineRows.Add((item, rows[0]));
                continue;
            }
            FlushLineRows(result, lineRows, tables, items, runStart);
            result.Add(item);
            if (rows.Count < FewestRows || SpacedTableDump.Rows(item).Count > 0) continue;
            var cells = new List<(DocItem, string[])> { (item, HeaderCells) };
            cells.AddRange(rows.Select(r => (item, r)));
            result.AddRange(tables.Next(cells));
        }
        FlushLineRows(result, lineRows, tables, items, runStart);
        return result;
    }

    /// <summary>
    /// A page that kept a form's rows one per line but lost its header's order (the header scattered over lines of its
    /// own, no header run before the rows) writes each row as a line of its own ("指标6:举办健康教育宣传咨询活动 12次 96次
    /// 1 1"): two such lines or more in a row are that form's table, placed after the last of them. Below a header line
    /// the lines are that header's rows, and the header's reader takes them.
    /// </summary>
    private static void FlushLineRows(List<DocItem> result, List<(DocItem, string[])> lineRows, RebuiltTables tables, IReadOnlyList<DocItem> items, int runStart)
    {
        if (lineRows.Count >= FewestRows && !Enumerable.Range(Math.Max(0, runStart - MostLinesBelowHeader), Math.Min(runStart, MostLinesBelowHeader))
                .Any(k => SpacedTableDump.IsHeaderLine(items[k])))
        {
            var cells = new List<(DocItem, string[])> { (lineRows[0].Item1, HeaderCells) };
            cells.AddRange(lineRows);
            result.AddRange(tables.Next(cells));
        }
        lineRows.Clear();
    }

    /// <summary>The rows a paragraph writes as slot, name, target, actual, points and score, cells as <see cref="HeaderCells"/> orders them.</summary>
    public static List<string[]> RowsOf(string paragraph)
    {
        var words = paragraph.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var rows = new List<string[]>();
        for (var i = 0; i < words.Length; i++)
        {
            if (Slot().Match(words[i]) is not { Success: true } slot) continue;
            // A slot written apart from its name ("指标1:" then "全县参合人数"), and the name's wrapped pieces ("医" / "保统筹"):
            // the fewest pieces after which four cells read as the row's values.
            var name = words[i][slot.Length..];
            var next = i + 1;
            ColumnWiseLines.ValueRow? values = null;
            while (next + 4 <= words.Length && (values = ColumnWiseLines.ValueRowOf(words[next..(next + 4)])) is null
                   && next - i <= MostNamePieces && IsNamePiece(words[next]))
                name += words[next++];
            if (values is null || name.Length is 0 or > LongestName) continue;
            var level2 = i > 0 && IndicatorFramework.IsLevelLabel(words[i - 1]) && !IndicatorFramework.IsLevel1Label(words[i - 1])
                ? IndicatorFramework.LevelText(words[i - 1]) : string.Empty;
            var level1 = level2.Length > 0 ? IndicatorFramework.Level1Of(level2) ?? string.Empty : string.Empty;
            rows.Add([level1, level2, name, values.Target, values.Actual, words[next + 2], words[next + 3]]);
            i = next + 3;
        }
        return rows;
    }

    private const int MostLeadingLabels = 2;
    private const int MostLinesBelowHeader = 8;

    /// <summary>Whether a line is its row and nothing else: a level label or two, the slot with its name, and the row's
    /// four value cells last.</summary>
    private static bool IsOneRowLine(string line, string[] row)
    {
        var words = line.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var slot = Array.FindIndex(words, w => Slot().IsMatch(w));
        return slot is >= 0 and <= MostLeadingLabels && words[..slot].All(IndicatorFramework.IsLevelLabel)
            && words.Length - slot <= 1 + MostNamePieces + 4 && words[^1] == row[^1];
    }

    /// <summary>A piece of a name: a word without figures that is no level label, header word or slot.</summary>
    private static bool IsNamePiece(string word) =>
        !word.Any(char.IsDigit) && !IndicatorFramework.IsLevelLabel(word)
        && HeaderSemantics.RoleOf(word) == ColumnRole.None && !Slot().IsMatch(word);

    // The template's numbered slot that opens a name: 指标1: / 指标2：/ 指标3、
    [GeneratedRegex(@"^指标\d{1,2}[:：、.．]")]
    private static partial Regex Slot();
}
