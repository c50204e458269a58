using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// The unit a form declares once above its cells ("金额单位：万元", "填报单位：某局 单位：万元", "资金情况 (单位:万元)"),
/// held for the lines of the form below it: a page that writes the form one cell per line keeps that line above the
/// money cells (R216, R250, R552, R615 write their forms so), and the amounts under it are in that unit. A table row
/// between ends it (the unit was that table's), and so does the reach of one form.
/// </summary>
internal static partial class DeclaredUnitLines
{
    private const int Reach = 40;
    private const int LongestLine = 60;

    /// <summary>For each item, the unit declared above it within reach as a note ("(万元)"), or an empty string.</summary>
    public static string[] Of(IReadOnlyList<DocItem> items)
    {
        var units = new string[items.Count];
        var unit = string.Empty;
        var since = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].IsRow || ++since > Reach) unit = string.Empty;
            units[i] = unit;
            if (CellLine.TextOf(items[i]) is { Length: > 0 and <= LongestLine } text && Declared().Match(TextKey.Of(text)) is { Success: true } m)
            {
                unit = "(" + m.Groups["unit"].Value + ")";
                since = 0;
            }
        }
        return units;
    }

    [GeneratedRegex(@"单位[:：](?:人民币)?(?<unit>亿元|万元|元)(?![\u4e00-\u9fa5])")]
    private static partial Regex Declared();
}
