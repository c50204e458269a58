using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// A form that prints no budget row may give the project's money as its total investment ("项目总投资 | 20万元",
/// "投资总额 | 392万元"): where nothing else gave the project a budget, that total is its budget, as a narrative
/// 总投资 is. It is the last word on the budget, so a form's own 年度资金总额 or 预算数 always comes first.
/// </summary>
public sealed partial class InvestmentTotalRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport) return;
        foreach (var project in context.Projects.Where(p => !p.Has("budget_wan")))
        {
            foreach (var field in LabelValues.Find(context.ItemsOf(project), IsInvestmentTotal))
            {
                var unit = MoneyUnitDetector.FromHeader(field.Label);
                // A bare figure under a label that names no unit could be 元 or 万元: only a written unit is read.
                if (unit is null && !WrittenUnit().IsMatch(field.Value)) continue;
                if (MoneyAssignment.Assign(project, MoneyRole.Budget, field.Value, unit ?? MoneyUnit.Wan, field.Item.Source())) break;
            }
        }
    }

    // Every cell of a long table is offered as a label: the plain word test comes before the bracket pattern.
    internal static bool IsInvestmentTotal(string key) =>
        key.Contains("投资", StringComparison.Ordinal) && Bracketed().Replace(key, string.Empty) is "项目总投资" or "总投资" or "投资总额" or "项目投资总额" or "总投资额";

    [GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\d\s*(?:亿元|万元|元|亿|万)\s*$")]
    private static partial Regex WrittenUnit();
}
