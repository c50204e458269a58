using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// A text that talks about performance evaluation without being a report of one (news of a finance ministry's
/// notice, a document-sharing site's download page, a note that an evaluation is under way) was let through by
/// its vocabulary alone: it has no report form, and once every rule has run, no project has a name, an amount, a
/// score or an indicator table row. A place and a year alone are not a report, nor is a sentence with a percentage
/// ("确保自评覆盖率达到100%"): such a document is the other genre its vocabulary leans to, with no project.
/// </summary>
public sealed class ReportSubstanceRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        if (context.Projects.Any(HasSubstance) || DocumentKindRule.HasReportForm(context)) return;
        var scores = GenreVocabulary.Default.Score(context.Chrome.Concat(context.Items).Select(i => i.Key).ToList());
        var (kind, score) = scores.Where(s => s.Key != GenreVocabulary.PerformanceReport)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).First();
        context.DocumentKind = score > 0 ? kind : "other";
        context.Projects.Clear();
        context.Warnings.Add($"not a performance report: reads as {context.DocumentKind} (it speaks of performance evaluation, "
            + "but no report form, project name, amount, score or indicator was found); no project extracted");
    }

    private static bool HasSubstance(ProjectDraft p) =>
        !string.IsNullOrEmpty(p.Name) || p.BudgetWan is not null || p.ActualWan is not null || p.BudgetInitialWan is not null
        || p.BudgetAdjustedWan is not null || p.ExecutionRatePct is not null || p.Score is not null || p.Grade is not null
        || p.Indicators.Any(i => i.Source?.Table is not null);
}
