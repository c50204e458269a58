using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Rates a report states under its goal headings without a goal word of their own: "(二)2022年绩效目标。… 2、产出质量。
/// …办案准确率达100%。" (R790), "…确保全年县道养护路况好路率达 95%,优等路率达 85%" (R732), "…残疾学生资助率100%" (R662).
/// The heading makes them goals, so each is an indicator with that target and no actual. A sentence there that reports
/// what was done (实际, 完成, 已, 累计) is a result restated, and rates of the money (执行率, 资金到位率) are the budget's.
/// </summary>
public static partial class GoalSectionRates
{
    /// <param name="parts">Each paragraph's part (<see cref="GoalSections.Parts"/>).</param>
    public static IEnumerable<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts)
    {
        foreach (var (item, written) in GoalSections.Sentences(paragraphs, parts, p => p == ReportPart.Goals))
        {
            // Trimmed, as this reader always took it: the sentence is looked up in its paragraph by its text below.
            var sentence = written.Trim();
            if (Result().IsMatch(sentence)) continue;
            foreach (Match m in Rate().Matches(sentence))
            {
                var name = m.Groups["name"].Value;
                if (Generic().IsMatch(name) || MoneyMeasures.Names(name) && !MoneyMeasures.IsPayoutRate(name)) continue;
                if (QuantityParser.Parse(m.Groups["value"].Value) is not { Value: not null } target) continue;
                var at = item.Text.IndexOf(sentence, StringComparison.Ordinal) + m.Index;
                var (level1, level2) = InlineLevelHeadings.At(item.Text, at);
                yield return new IndicatorRecord
                {
                    Level1 = level1, Level2 = level2, Name = name, Target = target,
                    Source = item.Source(item.SentenceAt(Math.Max(0, at))),
                };
            }
        }
    }

    // A rate named right after a clause's start or a leading verb, a linking verb and its percentage, the clause ending
    // there: "办案准确率达100%", "优等路率达 85%". No 、 or digit in the name, so a list or a year is not read into it.
    [GeneratedRegex(@"(?:^|[，,：:])\s*(?:(?:确保|实现|保证|力争|全年|年度)+)?(?<name>[\u4e00-\u9fa5]{2,16}?(?:率|满意度))(?<value>(?:达到|达|为)?\s*\d+(?:\.\d+)?\s*%(?:以上)?)\s*(?=$|[，,])")]
    private static partial Regex Rate();

    // A sentence that reports what was done, not what was aimed at.
    [GeneratedRegex("实际|完成|已|累计|截至|截止")]
    private static partial Regex Result();

    // Bare measures of the money or of the whole plan, not indicators of the project's output.
    [GeneratedRegex("^(完成率|执行率|到位率|支付率|增长率|比率|利用率|覆盖率|使用率)$|执行率$|完成率$")]
    private static partial Regex Generic();
}
