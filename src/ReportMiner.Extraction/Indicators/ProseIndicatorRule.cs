using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// For reports without an indicator table: a goal sentence ("绩效目标为…达到满意度90%以上") gives an indicator and
/// its target; a later statement of the same measure ("回访满意率93.62%") gives its actual value.
/// </summary>
public sealed partial class ProseIndicatorRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects.Where(p => p.Indicators.Count == 0))
        {
            var paragraphs = context.ItemsOf(project).Where(i => !i.IsRow).ToList();
            foreach (var item in paragraphs)
            {
                foreach (var sentence in Sentences(item.Text).Where(s => s.Contains("目标")))
                {
                    foreach (Match m in Measure().Matches(sentence))
                    {
                        var name = Strip(m.Groups["name"].Value);
                        if (name.Length < 2 || project.Indicators.Any(i => i.Name == name)) continue;
                        var target = QuantityParser.Parse(m.Groups["value"].Value);
                        var (actual, actualItem) = FindActual(paragraphs, name, sentence);
                        project.Indicators.Add(new IndicatorRecord
                        {
                            Name = name, Target = target, Actual = actual, Met = MetEvaluator.Compare(target, actual),
                            Source = item.Source(item.SentenceAt(item.Text.IndexOf(sentence, StringComparison.Ordinal))),
                        });
                    }
                }
            }
        }
    }

    private static (Quantity?, DocItem?) FindActual(List<DocItem> paragraphs, string name, string goalSentence)
    {
        var stem = name[..^1];
        foreach (var item in paragraphs)
            foreach (var sentence in Sentences(item.Text).Where(s => s != goalSentence && !s.Contains("目标")))
                foreach (Match m in Measure().Matches(sentence))
                    if (Strip(m.Groups["name"].Value).Contains(stem, StringComparison.Ordinal)
                        && QuantityParser.Parse(m.Groups["value"].Value) is { Value: not null, Op: null } q)
                        return (q, item);
        return (null, null);
    }

    private static string Strip(string name) => LeadingVerb().Replace(name, string.Empty);

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['。', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"(?<name>[\u4e00-\u9fa5]{2,8}?[率度])(?:为|达到|达|是)?\s*(?<value>\d+(?:\.\d+)?\s*%(?:以上|以下|以内)?)")]
    private static partial Regex Measure();

    [GeneratedRegex("^(达到|实现|确保|保持|提高|提升|力争|其中|全年|整体|工作)+")]
    private static partial Regex LeadingVerb();
}
