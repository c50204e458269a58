using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// A 绩效目标表 / 申报表 is written before the money is spent: it states a budget, never the year's spending or
/// execution rate. A figure a target form gives under those names is a plan (年度预算执行率 100% as a goal), a past
/// year's (2021年实际执行数) or a grant (市财政局拨付250万元), so a target project keeps neither field. A page titled
/// 目标表 that holds a 自评表 (named 自评 anywhere) is judged by the form it holds, and keeps both.
/// </summary>
public sealed class TargetFormSpendingRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        // A page's title may be read as page chrome (a PDF's running head), so both are searched.
        if (context.Items.Concat(context.Chrome).Any(i => i.Text.Replace(" ", "", StringComparison.Ordinal).Contains("自评", StringComparison.Ordinal))) return;
        foreach (var project in context.Projects.Where(p => p.ReportKind == "target"))
        {
            if (project.ActualWan is not null)
            {
                project.ActualWan = null;
                project.Release("actual_wan");
            }
            if (project.ExecutionRatePct is not null)
            {
                project.ExecutionRatePct = null;
                project.Release("execution_rate_pct");
            }
        }
    }
}
