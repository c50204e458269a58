using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A prose report that states its goals as measures under a goals heading ("（二）项目绩效目标 … 阶段性目标：不准确的事项数
/// 控制在50个以内，主题项目数不少于10个", "2.项目绩效目标设定情况：…带动2437口群众受益") or after words saying so ("本项目总体的
/// 绩效目标是169处农村饮水工程维修养护"; R078, R120, R289) gives one indicator per measure, its target as written. Used only
/// where nothing else in the report gave an indicator; the result that names the same measure in the same unit, when the
/// report restates it, is the actual. Where goals are stated, a count written inside its clause ("带动2437口群众受益") is a
/// goal as well, though among the results it is believed only where it pairs.
/// </summary>
public static partial class GoalTargets
{
    public static IReadOnlyList<IndicatorRecord> Read(IReadOnlyList<DocItem> paragraphs)
    {
        var (targets, results) = GoalResultPairs.Collect(paragraphs, statedTargets: true);
        var reached = GoalResultPairs.Pairs(targets, results).ToDictionary(p => p.Goal, p => p.Result);
        var indicators = new List<IndicatorRecord>();
        foreach (var goal in targets)
        {
            var name = Intent().Replace(goal.Name, string.Empty);
            // "绩效目标完成率100%" measures the goals themselves, not an output they set.
            if (name.Length < 2 || name.Contains("目标", StringComparison.Ordinal) || indicators.Any(i => IndicatorNames.SameIndicator(i.Name, name))) continue;
            var actual = reached.TryGetValue(goal, out var result) ? result.Value : null;
            indicators.Add(new IndicatorRecord
            {
                Name = name, Target = goal.Value, Actual = actual, Met = MetEvaluator.Compare(goal.Value, actual),
                Source = result?.Source ?? goal.Source,
            });
        }
        return indicators;
    }

    // Words that say the measure is intended, not what it measures: "全年计划补贴农机具" → "补贴农机具".
    [GeneratedRegex("^(?:全年|年度|计划|预计|力争|确保|争取)+")]
    private static partial Regex Intent();
}
