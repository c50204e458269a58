using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Self-evaluation reports written to the national outline ("（三）绩效指标完成情况分析。1.产出指标完成情况分析。
/// （1）数量指标。") report each level-2 part as one list of what was reached: "办理法律援助案件94件；调解纠纷1087件".
/// The list stands after its numbered level-2 heading, on the same line or on the next one. It is read only when
/// nothing else in the report gave an indicator, and only when every item of the list is a measure with a count in
/// a unit, a percentage, or a value after a comparator: narrative under such a heading ("持续有效改善…") names no measure,
/// and a figure without a unit is as likely a year or an amount of the background.
/// </summary>
public static partial class HeadedResultLists
{
    private const int FewestIndicators = 2;

    /// <param name="parts">Each paragraph's part (<see cref="GoalSections.Parts"/>).</param>
    public static IReadOnlyList<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts, bool results)
    {
        var indicators = new List<IndicatorRecord>();
        string? level1 = null, level2 = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = TextKey.Simplify(paragraphs[p].Text).Trim();
            (level1, level2) = GoalResultPairs.LevelsAfter(text, level1, level2);
            var length = level2 is null ? 0 : HeadingLength(text, level2);
            if (length == 0) continue;
            var item = paragraphs[p];
            var list = text[length..].Trim();
            // A heading alone on its line: the list is the very next paragraph (not one past a table in between).
            if (list.Length == 0 && p + 1 < paragraphs.Count && paragraphs[p + 1].Index == item.Index + 1)
            {
                item = paragraphs[p + 1];
                list = TextKey.Simplify(item.Text).Trim();
                if (GoalResultPairs.LevelsAfter(list, null, null) != (null, null)) continue;
            }
            if (list.Length == 0 || !EveryItemMeasured(list)) continue;
            // The same headings under the report's goals ("二、绩效目标" … "(1)数量指标。") list targets, not results.
            foreach (var indicator in LevelledProseIndicators.Listed(list, level1, level2, results && parts[p] != ReportPart.Goals, item))
                if (!indicators.Any(i => IndicatorNames.SameIndicator(i.Name, indicator.Name)))
                    indicators.Add(indicator);
        }
        return indicators.Count >= FewestIndicators ? indicators : [];
    }

    private static bool EveryItemMeasured(string list)
    {
        var items = list.Split(['；', ';', '。', '，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length > 0 && items.All(i => Measured().IsMatch(i)) && LevelledProseIndicators.AllValued(list);
    }

    /// <summary>The length of a numbered heading that is the level label and nothing more ("(1)数量指标。", "2.质量指标完成
    /// 情况：", "(3)生态效益。"), or 0 when the text opens otherwise.</summary>
    private static int HeadingLength(string text, string label)
    {
        var number = ListNumber().Match(text);
        if (!number.Success) return 0;
        var at = number.Length;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        if (string.CompareOrdinal(text, at, label, 0, label.Length) != 0) return 0;
        var tail = HeadingTail().Match(text, at + label.Length);
        return tail.Success && tail.Index == at + label.Length ? tail.Index + tail.Length : 0;
    }

    [GeneratedRegex(@"^(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）])")]
    private static partial Regex ListNumber();

    // What may close a level heading: its 指标 (when the label was read without it), "完成情况(分析)", a full stop or colon.
    [GeneratedRegex(@"\G(?:指标)?(?:完成情况(?:分析)?)?\s*(?:[。.．:：]|$)")]
    private static partial Regex HeadingTail();

    // A measure named without figures and its value: a count in a unit (94件, 3.51万t), a percentage, or a comparator
    // before a number ("≦0%", "不低于3.5米").
    [GeneratedRegex(@"^[\u4e00-\u9fa5“”""（）()、]{2,40}?\s*(?:(?:[≥≤><=＝≧≦]=?|不低于|不少于|不高于|不超过|达到|达)\s*\d[\d.]*\s*[%‰\u4e00-\u9fa5a-zA-Z/]{0,6}|\d[\d.]*\s*(?:%|‰|[\u4e00-\u9fa5a-zA-Z/]{1,6}))$")]
    private static partial Regex Measured();
}
