using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Level-2 labels written as numbered headings inside a paragraph, closed by a full stop or a colon, the goals running
/// on after them: "(1)数量指标。确保路灯每天运行时长10小时以上…。(2)质量指标。…" (R643's 部门整体 goals; R280, R370
/// and R030 head their results alike). A goal read from such a paragraph belongs to the last label before it. Only an
/// exact framework label after a list number heads anything: "本年设数量指标。" is a sentence, not a heading.
/// </summary>
public static partial class InlineLevelHeadings
{
    /// <summary>The levels the numbered label last before <paramref name="at"/> in <paramref name="text"/> opens, or nulls.</summary>
    public static (string? Level1, string? Level2) At(string text, int at)
    {
        (string? Level1, string? Level2) levels = (null, null);
        if (at <= 0) return levels;
        foreach (Match m in Heading().Matches(text))
        {
            if (m.Index >= at) break;
            var label = IndicatorFramework.WithoutPoints(TextKey.Of(m.Groups["label"].Value));
            if (!IndicatorFramework.IsExactLabel(label) || IndicatorFramework.IsLevel1Label(label)) continue;
            levels = (IndicatorFramework.Level1Of(label), label);
        }
        return levels;
    }

    // A list number at the paragraph's start or after a sentence's end, a label, and the stop or colon that closes it.
    [GeneratedRegex(@"(?:^|[。；;：:])\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．]|[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*(?<label>[\u4e00-\u9fa5]{2,8}指标(?:[(（]\d+(?:\.\d+)?分[)）])?)\s*[。：:]")]
    private static partial Regex Heading();
}
