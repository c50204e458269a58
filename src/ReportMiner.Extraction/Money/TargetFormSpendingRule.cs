using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// A 绩效目标表 / 申报表 is written before the money is spent: it states a budget, never the year's spending or
/// execution rate. A figure a target form gives under those names is a plan (年度预算执行率 100% as a goal), a past
/// year's (2021年实际执行数) or a grant (市财政局拨付250万元), so a target project keeps neither field. A page titled
/// 目标表 that holds a 自评表 is judged by the form it holds, and keeps both. Only a title names that form: a target
/// form's own sentences ask for the 自评报告 due after the year ("于预算年度结束后及时将项目绩效自评报告报我局备案"),
/// and a site's navigation may link to 绩效自评 pages.
/// </summary>
public sealed partial class TargetFormSpendingRule : IExtractionRule
{
    private const int TitleLength = 40;

    public void Apply(ExtractionContext context)
    {
        // A page's title may be read as page chrome (a PDF's running head), so both are searched.
        if (context.Items.Concat(context.Chrome).Any(i => NamesSelfEvaluationForm(i.Key))) return;
        foreach (var project in context.Projects.Where(p => p.ReportKind == ReportKinds.Target))
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

    /// <summary>
    /// A title of a self-evaluation form or report ("项目支出绩效自评表"): no sentence nor navigation, and short or
    /// ending the line, as where a PDF page ran the title into the site's metadata line ("…背景色:项目支出绩效自评表").
    /// </summary>
    internal static bool NamesSelfEvaluationForm(string key) =>
        key.IndexOfAny(NotTitle) < 0 && SelfEvaluationTitle().Match(key) is { Success: true } title
        && (key.Length <= TitleLength || title.Index + title.Length == key.Length);

    private static readonly char[] NotTitle = ['，', ',', '。', '；', ';', '>', '＞', '»', '|'];

    [GeneratedRegex("自评(?:表|报告)")]
    private static partial Regex SelfEvaluationTitle();
}
