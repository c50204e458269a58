using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A form's first row read from a page's text when its value cell wraps onto two lines: the taller cell is written
/// first, then the row's labels ("某中心与委托运营方结 算费用 项目名称 主管部门 某区体育局"), sometimes after the form's
/// title and with or without spaces between them. The words before a label that is followed straight away by the
/// row's next label (主管部门, 实施单位 …) are that label's value.
/// </summary>
internal static partial class ValueBeforeLabel
{
    private const int MinValue = 4;
    private const int MaxLabel = 8;
    private const int MinLabel = 2;

    public static bool TryRead(string text, Func<string, bool> isLabel, out string label, out string value)
    {
        label = value = string.Empty;
        var m = Line().Match(text);
        if (!m.Success) return false;
        var head = TextKey.Of(m.Groups["head"].Value);
        // The longest label the line ends in: "二级项目名称" before "项目名称".
        for (var n = Math.Min(MaxLabel, head.Length - MinValue); n >= MinLabel; n--)
        {
            if (!isLabel(head[^n..])) continue;
            label = head[^n..];
            value = head[..^n];
            return value.Length >= MinValue && ProjectNameRule.IsNameValue(value) && !isLabel(value);
        }
        return false;
    }

    [GeneratedRegex(@"^(?:\S{2,40}?绩效\S{0,6}表\s*(?:[(（][^)）]{0,12}[)）])?\s*)?(?<head>[\u4e00-\u9fa5“(（][^:：。，,；;|]{5,80}?)\s*(?:主管部门|实施单位|项目单位|预算单位)")]
    private static partial Regex Line();
}
