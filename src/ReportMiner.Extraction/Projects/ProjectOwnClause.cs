using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Where a unit's report on several projects states each one's result in a clause of its own, the clause opens with
/// the project's name and runs to the next semicolon or stop: "“A经费”项目支出20.67万元，预算执行率82.68%，绩效评价结果
/// 分数为83分，达到良好水平；“B经费”项目支出192.70万元，……" (R873). What such a clause states is that project's, whatever
/// a reading of the whole text gave it before; a mention of the name inside another clause ("“A”及“B”两项目") states nothing.
/// </summary>
public static partial class ProjectOwnClause
{
    private static readonly string[] MoneyFields = ["budget_wan", "budget_initial_wan", "budget_adjusted_wan", "actual_wan", "execution_rate_pct", "score", "grade"];

    /// <summary>Gives up the money, rate, score and grade a draft that stood for the whole unit was given.</summary>
    public static void ReleaseMoney(ProjectDraft draft)
    {
        foreach (var field in MoneyFields) draft.Release(field);
        draft.BudgetWan = draft.BudgetInitialWan = draft.BudgetAdjustedWan = draft.ActualWan = draft.ExecutionRatePct = draft.Score = null;
        draft.Grade = null;
    }

    public static void Read(ExtractionContext context, ProjectDraft project)
    {
        if (project.Name is not { Length: > 0 } name) return;
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            for (var at = item.Key.IndexOf(name, StringComparison.Ordinal); at >= 0; at = item.Key.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var opening = ClauseOpening().Match(item.Key, at + name.Length);
                if (!opening.Success) continue;
                var start = opening.Index + opening.Length;
                var stop = item.Key.IndexOfAny(['；', ';', '。'], start);
                var clause = item.Key[start..(stop < 0 ? item.Key.Length : stop)];
                if (Take(project, clause, item.Source())) return;
            }
        }
    }

    private static bool Take(ProjectDraft project, string clause, SourceRef source)
    {
        var actual = Actual().Match(clause);
        var budget = Budget().Match(clause);
        var rate = Rate().Match(clause);
        var score = Score().Match(clause);
        var grade = Grade().Match(clause);
        if (!actual.Success && !budget.Success && !rate.Success && !score.Success) return false;
        if (actual.Success) Set(project, "actual_wan", source, () => project.ActualWan = Number(actual));
        if (budget.Success) Set(project, "budget_wan", source, () => project.BudgetWan = Number(budget));
        if (rate.Success) Set(project, "execution_rate_pct", source, () => project.ExecutionRatePct = Number(rate));
        if (score.Success) Set(project, "score", source, () => project.Score = Number(score));
        if (grade.Success) Set(project, "grade", source, () => project.Grade = grade.Groups["v"].Value);
        return true;
    }

    private static void Set(ProjectDraft project, string field, SourceRef source, Action set)
    {
        project.Reclaim(field, source);
        set();
    }

    private static double Number(Match m) => double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture);

    // The clause is the project's own when its words about money or result follow the name at once: "”项目支出…",
    // "经费预算…", "项目绩效评价得分…".
    [GeneratedRegex(@"\G[”""」]?(?:项目)?[,，:：]?(?=(?:实际|全年|年度)?(?:支出|预算|执行|绩效评价|评价得分|得分))")]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"^(?:实际|全年|年度)?支出(?:金额|资金)?(?:为|共)?(?<v>\d+(?:\.\d+)?)万元")]
    private static partial Regex Actual();

    [GeneratedRegex(@"^(?:全年|年度)?预算(?:资金|数)?(?:为|共)?(?<v>\d+(?:\.\d+)?)万元")]
    private static partial Regex Budget();

    [GeneratedRegex(@"(?:预算)?执行率(?:为|达|达到)?(?<v>\d+(?:\.\d+)?)[%％]")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(?:分数|得分)(?:为)?(?<v>\d+(?:\.\d+)?)分")]
    private static partial Regex Score();

    [GeneratedRegex(@"(?:达到|等级为|评定为|等次为)(?<v>优秀|良好|中等|合格|及格|较差|差)")]
    private static partial Regex Grade();
}
