using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicators written as labelled lines instead of table rows:
/// "指标：话务接通率，目标值≥90%，实际完成值93.2%", "指标名称：群众满意度；年度指标值：95%；实际值：97%；分值：10；得分：10".
/// </summary>
public static partial class LabelledIndicatorLines
{
    public static IEnumerable<IndicatorRecord> Read(DocItem item)
    {
        var text = item.Text;
        var starts = NameLabel().Matches(text);
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var name = IndicatorNames.Clean(start.Groups["name"].Value);
            // "数量指标：第一，…": the ordinal numbers the sentences of a level's list, it names no indicator.
            if (name.Length < 2 || !CellKinds.IsLabel(name) || Ordinal().IsMatch(name)) continue;
            var rest = text[(start.Index + start.Length)..end];
            var target = IndicatorValues.Read(Field(TargetLabel(), rest));
            var actual = IndicatorValues.Read(Field(ActualLabel(), rest));
            var weight = IndicatorValues.Number(Field(WeightLabel(), rest));
            var score = IndicatorValues.Number(Field(ScoreLabel(), rest));
            if (target is null && actual is null) continue;
            yield return new IndicatorRecord
            {
                Name = name, Target = target, Actual = actual, Weight = weight, Score = score,
                Met = MetEvaluator.Compare(target, actual),
                Source = item.Source(item.SentenceAt(start.Index)),
            };
        }
    }

    /// <summary>True when a paragraph reads like labelled indicator lines, whether or not they could be read.</summary>
    public static bool LooksLabelled(DocItem item) => NameLabel().IsMatch(item.Text) && (TargetLabel().IsMatch(item.Text) || ActualLabel().IsMatch(item.Text));

    private static string? Field(Regex label, string text) =>
        label.Match(text) is { Success: true } m ? m.Groups["v"].Value.Trim() : null;

    [GeneratedRegex("^(?:第|其)[一二三四五六七八九十]{1,3}$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"(?:三级|绩效)?指标(?:名称)?\s*\d{0,2}\s*[:：]\s*(?<name>[^，,；;。:：\t]{2,40}?)\s*(?=[，,；;。\t]|$)")]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"(?:年度指标值|年度目标值|指标目标值|目标值|指标值|预期值)\s*[:：为]?\s*(?<v>[^，,；;。\t]+)")]
    private static partial Regex TargetLabel();

    [GeneratedRegex(@"(?:实际完成值|实际完成|实际值|完成值|完成情况)\s*[:：为]?\s*(?<v>[^，,；;。\t]+)")]
    private static partial Regex ActualLabel();

    [GeneratedRegex(@"(?:分值|权重)\s*[:：为]?\s*(?<v>\d+(?:\.\d+)?)")]
    private static partial Regex WeightLabel();

    [GeneratedRegex(@"得分\s*[:：为]?\s*(?<v>\d+(?:\.\d+)?)")]
    private static partial Regex ScoreLabel();
}
