using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Taxonomy;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Scoring tables of third-party evaluations (分值 | 评分标准 | 得分) carry no actual values; the report states them in
/// prose ("话务接通率88.6%"). A plain measurement right after the indicator's exact name fills its actual. Target
/// forms are skipped: they report no actuals, and their prose only restates goals.
/// </summary>
public sealed partial class ProseActualRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects.Where(p => p.ReportKind != ReportKinds.Target))
        {
            // Lines of a table written as space-separated cells are its rows, no prose: their figures run together
            // once spaces are dropped ("A立项必要性 20 20 100%").
            var paragraphs = context.SpacedItemsOf(project).Where(i => !i.IsRow).ToList();
            // Where the report states its goals, a value after a name is the target, not what was reached.
            var goals = GoalSections.Of(paragraphs);
            var sentences = paragraphs.Where((_, i) => !goals[i])
                .SelectMany(i => Sentences(i.Key).Select(s => (Item: i, Sentence: s)))
                .Where(s => !NotAStatement().IsMatch(s.Sentence))
                .ToList();
            for (var n = 0; n < project.Indicators.Count; n++)
            {
                var indicator = project.Indicators[n];
                if (indicator.Actual is not null || indicator.Name.Length < 3) continue;
                // The 预算执行率 indicator measures the project's own execution rate, which the money rules have read;
                // 政府采购执行率 or 管理制度执行率 measure something else.
                if (MeasuresBudgetExecution(indicator.Name) && project.ExecutionRatePct is { } rate)
                {
                    var stated = new Records.Quantity($"{rate}%", null, rate, "%");
                    project.Indicators[n] = indicator with { Actual = stated, Met = indicator.Met ?? MetEvaluator.Compare(indicator.Target, stated) };
                    continue;
                }
                var found = sentences.Select(s => (s.Item, Value: ValueAfter(s.Sentence, indicator.Name))).FirstOrDefault(f => f.Value is not null);
                if (found.Value is null) continue;
                project.Indicators[n] = indicator with { Actual = found.Value, Met = indicator.Met ?? MetEvaluator.Compare(indicator.Target, found.Value) };
            }
        }
    }

    private const string BudgetExecution = "budget_execution";

    private static bool MeasuresBudgetExecution(string name) =>
        IndicatorTaxonomy.Default.KeywordMatches(name).Contains(BudgetExecution);

    private static Records.Quantity? ValueAfter(string sentence, string name)
    {
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        if (at < 0) return null;
        var m = Measurement().Match(sentence, at + name.Length);
        return m.Success && QuantityParser.Parse(m.Groups["value"].Value) is { Value: not null, Op: null } q ? q : null;
    }

    /// <summary>The clauses of the text, without those after words that say the goals follow ("主要指标是A100%，B99%。"):
    /// the values listed there are targets, however plainly each clause states its own. A sentence that goes on to say
    /// what was reached ("目标为接通率95%，实际接通率96.5%") keeps that part.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['。', '；', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => GoalStatementLists.LeadAt(s) is { } lead ? s[..lead] + "，" + ReachedAfter(s, lead) : s)
            .SelectMany(s => s.Split(['，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private const string Reached = "实际";

    private static string ReachedAfter(string sentence, int lead) =>
        sentence.IndexOf(Reached, lead, StringComparison.Ordinal) is var at and >= 0 ? sentence[at..] : "";

    [GeneratedRegex(@"\G(?:为|达到|达|是)?(?<value>\d+(?:\.\d+)?%)(?![\d.])")]
    private static partial Regex Measurement();

    // Goals, scoring rules and comparisons with other years are not this year's measurement.
    [GeneratedRegex("目标|得满分|扣|同比|上年|去年|以上|以下|不低于|不高于|≥|≤|>|<")]
    private static partial Regex NotAStatement();
}
