using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// budget_wan is the full-year budget, the denominator of the execution rate: the 全年/调整后 figure where the
/// report prints one, else the only budget printed (a lone 年初预算数 included).
/// </summary>
public sealed class BudgetResolutionRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            if (project.BudgetAdjustedWan is { } adjusted)
            {
                project.BudgetWan = adjusted;
                project.Reclaim("budget_wan", project.Sources["budget_adjusted_wan"]);
            }
            else if (project.BudgetWan is null && project.BudgetInitialWan is { } initial)
            {
                project.BudgetWan = initial;
                project.Reclaim("budget_wan", project.Sources["budget_initial_wan"]);
            }
        }
    }
}
