using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

public sealed partial class ProseIndicatorRule
{
    /// <summary>
    /// A report of results states what a measure reached with a comparator word as often as with a bare figure
    /// ("使牧民满意度达到95%以上", "防治后，林业有害生物成灾率低于2.2%", "服务对象满意度90%以上"). Under a results heading or
    /// none (not under the goals, nor in the background, where a rate describes the place), in a sentence where nothing
    /// before it sets a goal (目标, 确保, 计划 …), that is the measure's actual, comparator and all; only 达到 is the verb
    /// of the sentence, not a comparator.
    /// </summary>
    private static IEnumerable<IndicatorRecord> Outcomes(IReadOnlyList<DocItem> paragraphs, ReportPart[] parts)
    {
        foreach (var (item, sentence) in GoalSections.Sentences(paragraphs, parts, p => p is ReportPart.Results or ReportPart.Unheaded))
            foreach (var clause in sentence.Split(['，', ',']).TakeWhile(c => !SetsGoal().IsMatch(c)))
            {
                if (!OutcomeWord().IsMatch(clause)) continue;
                foreach (Match m in Measure().Matches(clause))
                {
                    if (NameOf(m.Groups["name"].Value) is not { } name || !OutcomeWord().IsMatch(m.Value)) continue;
                    var op = m.Groups["op"].Value is "达到" ? string.Empty : m.Groups["op"].Value;
                    if (QuantityParser.Parse(op + m.Groups["value"].Value) is not { Value: not null } actual) continue;
                    yield return new IndicatorRecord
                    {
                        Name = name, Actual = actual,
                        Source = item.SourceOf(clause),
                    };
                }
            }
    }

    [GeneratedRegex("目标|确保|力争|争取|要求|计划|预期|预计|设定|指标值|拟|将")]
    private static partial Regex SetsGoal();

    // Comparator words, not the signs (≥, ≤) that forms write their targets with.
    [GeneratedRegex("以上|以下|低于|高于|不少于|不超过|超过")]
    private static partial Regex OutcomeWord();
}
