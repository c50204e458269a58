using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// The unit a form declares once above its cells ("金额单位：万元", "填报单位：某局 单位：万元", "资金情况 (单位:万元)"),
/// held for the lines of the form below it: a page that writes the form one cell per line keeps that line above the
/// money cells (R216, R250, R552, R615 write their forms so), and the amounts under it are in that unit. A unit per head
/// or per area (计量单位：元/人, 单位：元/亩) is an indicator's, no declaration. What ends the form ends it: a table row
/// (the unit was that table's), a report's title or section heading, a paragraph (a prose line that is no form cell's
/// value: the form's long cells, 年度主要目标和成果 / 新建晾晒房一座,占地300平方米…, stand right below their label), and
/// the reach of one form.
/// </summary>
internal static partial class DeclaredUnitLines
{
    // Forms written one cell per line put their money cells 16 to 22 lines below the declaration, under the identity
    // block's label and value cells (R170, R216, R552 in the cell-lines variant of tools/real/perturb.py);
    // forty leaves room for a longer identity block (more labels, a wrapped value) and is short of a second form's.
    private const int Reach = 40;
    private const int LongestLine = 60;
    private const int LongestLabel = 24;

    /// <summary>For each item, the unit declared above it within reach as a note ("(万元)"), or an empty string.</summary>
    public static string[] Of(IReadOnlyList<DocItem> items)
    {
        var units = new string[items.Count];
        var unit = string.Empty;
        var since = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].IsRow || ++since > Reach || EndsForm(items, i)) unit = string.Empty;
            units[i] = unit;
            if (CellLine.TextOf(items[i]) is { Length: > 0 and <= LongestLine } text && Declared().Match(TextKey.Of(text)) is { Success: true } m)
            {
                unit = "(" + m.Groups["unit"].Value + ")";
                since = 0;
            }
        }
        return units;
    }

    /// <summary>A report's title or section heading, or a paragraph that is no form cell's value.</summary>
    private static bool EndsForm(IReadOnlyList<DocItem> items, int at)
    {
        if (CellLine.TextOf(items[at]) is not { Length: > 0 } text) return false;
        if (IsHeading(text)) return true;
        return IsProse(text) && !(at > 0 && CellLine.TextOf(items[at - 1]) is { Length: > 0 and <= LongestLabel } above
            && !IsProse(above) && !IsHeading(above) && !CellTexts.IsAmount(above));
    }

    private static bool IsProse(string text) => text.Length > LongestLine || text.IndexOfAny(ClauseMarks) >= 0;

    private static bool IsHeading(string text) => text.Length <= LongestLine && Heading().IsMatch(TextKey.Of(text));

    private static readonly char[] ClauseMarks = ['。', '，', ',', '；', ';'];

    [GeneratedRegex(@"(?<!计量|度量)单位[:：](?:人民币)?(?<unit>亿元|万元|元)(?![\u4e00-\u9fa5/／])")]
    private static partial Regex Declared();

    // "一、项目基本情况", "(二)绩效目标", "第三部分", or a title naming the report or form ("…项目支出绩效自评表(2022年度)").
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}(?:部分|章|节))|绩效[^,;。:]{0,16}(?:表|报告)(?:\([^()]{1,10}\))?$")]
    private static partial Regex Heading();
}
