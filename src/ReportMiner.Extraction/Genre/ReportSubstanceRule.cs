using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// A text that talks about performance evaluation without being a report of one (news of a finance ministry's
/// notice, a document-sharing site's download page, a note that an evaluation is under way) was let through by
/// its vocabulary alone: it has no report form, and once every rule has run, no project has a name, an amount, a
/// score or an indicator table row. A place and a year alone are not a report, nor is a sentence with a percentage
/// ("确保自评覆盖率达到100%"): such a document is the other genre its vocabulary leans to, with no project. A text
/// with a report's numbered sections ("一、部门（单位）概况"), a named unit or the sentence announcing a report
/// ("现将自评情况报告如下") is a report cut short, and stays one.
/// </summary>
public sealed partial class ReportSubstanceRule : IExtractionRule
{
    private const int MinNamingScore = 3;

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        // A list of attachments ("附件：1.…资金分配表" / "2.…资金绩效目标表") names forms the notice attaches: a name read from it,
        // or the 绩效目标表 it lists taken for a title, is no substance of the text's own. Where the text shows no form, figure
        // or indicator, the notice is all there is (R352, R581 cut before their title and addressees); a notice that shows
        // the form it lists keeps the name with the form's rows (R214). The kind read from the list's title stands otherwise.
        var listedItems = AttachmentLists.Of(context.Items);
        var listed = context.Items.Where(i => listedItems.Contains(i.Index)).Select(i => i.Source()).Select(s => (s.Page, s.Snippet)).ToHashSet();
        if (context.Projects.Any(p => HasSubstance(p, listed))
            || DocumentKindRule.HasReportForm(context.GenreScoring.Content.Where(i => !listedItems.Contains(i.Index)).ToList())) return;
        // A report cut before its figures still shows a report's sections ("一、部门（单位）概况") or names its unit. A finance
        // office is no such unit: named on a page without a report's form, it is the office that publishes or organises
        // other units' evaluations ("现将评价报告予以公开", "现将绩效部分在门户网站公开", "市财政局布置开展…绩效评价工作").
        if (context.Projects.Any(p => !string.IsNullOrEmpty(p.Department) && !DepartmentRule.IsOverseeingOffice(p.Department))
            || HasReportSections(context)) return;
        // A unit reporting up announces its report ("现将自评情况报告如下", "现将绩效评价情况报告如下"), as a circular announces
        // its matters (通知如下): an evaluation report cut before its title and figures still says so.
        if (context.Items.Any(i => !i.IsRow && ReportAnnouncement().IsMatch(i.Key))) return;
        if (context.Items.Any(i => !i.IsRow && IsRunTogetherForm(i.Key))) return;
        var (kind, score) = context.GenreScoring.Scores.Where(s => s.Key != GenreVocabulary.PerformanceReport)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).First();
        // A circular that announces its matters is the other genre however its vocabulary leans (document-kinds.tsv). A
        // genre is named by a word of its own (weight 3 and up: "近日", "管理办法"), not by a word every genre writes
        // ("印发" a 管理办法 in a note that an evaluation is under way).
        context.DocumentKind = score >= MinNamingScore && !IsCircular(context) ? kind : "other";
        context.Projects.Clear();
        context.Warnings.Add($"not a performance report: reads as {context.DocumentKind} (it speaks of performance evaluation, "
            + "but no report form, project name, amount, score or indicator was found); no project extracted");
    }

    /// <summary>
    /// A report's numbered sections. A circular that announces its matters ("并就有关事项通知如下：") numbers them too
    /// ("一、本次批复的绩效目标将作为绩效运行监控…的重要依据", "二、按照资金绩效目标管理要求，请…"): there a numbered line
    /// is the circular's clause, not a report's section.
    /// </summary>
    private static bool HasReportSections(ExtractionContext context) =>
        !IsCircular(context) && context.Items.Any(i => !i.IsRow && ReportHeading().IsMatch(i.Key));

    // A notice asking for performance work (关于开展…绩效评价工作的通知 with 请于…前报送, 联系人) is a circular too, though a
    // document site ran its announcing line into the prose: its 联系人 and the 预算金额 of the projects it lists are no
    // procurement notice's.
    private static bool IsCircular(ExtractionContext context) =>
        context.Items.Any(i => i.Key.Contains(CircularAnnouncement, StringComparison.Ordinal))
        || WorkNoticeRule.IsWorkNotice(context.Chrome.Concat(context.Items));

    private const string CircularAnnouncement = "通知如下";

    // 现将有关情况报告如下 / 现将2023年度绩效自评情况报告如下; not 整改 (a rectification report answers findings, document-kinds.tsv).
    [System.Text.RegularExpressions.GeneratedRegex(@"现将(?![^。；;]*整改)[^。；;]{0,40}报告如下")]
    private static partial System.Text.RegularExpressions.Regex ReportAnnouncement();

    // A document site runs a report's lines together ("…绩效自评报告一、项目概况(一)项目基本情况…"): a heading also opens
    // where the title or a sentence ends, or where a long report's table of contents begins ("目录 一、基本情况 - 1 - (一)
    // 政策概况": R782, an evaluation report on a tendering site's page, its figures hidden behind placeholders).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[。；;]|报告|目录)(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]).{0,20}(?:概况|基本情况|绩效目标|完成情况|执行情况|自评|评价结论|存在的问题)")]
    private static partial System.Text.RegularExpressions.Regex ReportHeading();

    /// <summary>
    /// A document site runs a filled form's cells into one line ("…年初预算数全年预算数全年执行数执行率…97.6…76%107.6…",
    /// "…预算指标绩效目标表绩效目标…产出指标救助覆盖率…100%90%85%85%"): a form's column headings or its title, beside the
    /// figures filled in under them, are a report's form though no row is left. A notice names a 绩效目标表 and a policy
    /// its 一级指标 and 分值, but neither fills in figures beside them.
    /// </summary>
    private static bool IsRunTogetherForm(string key) =>
        (DocumentKindRule.FormHeaders.Count(h => key.Contains(h, StringComparison.Ordinal)) >= MinRunTogetherHeadings
         || ReportTitles.MatchWord(key).Value.EndsWith('表'))
        && FilledFigure().Count(key) >= MinRunTogetherFigures;

    private const int MinRunTogetherHeadings = 3;
    private const int MinRunTogetherFigures = 4;

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?:\.\d+)?[%％]|\d+\.\d+")]
    private static partial System.Text.RegularExpressions.Regex FilledFigure();

    private static bool HasSubstance(ProjectDraft p, IReadOnlySet<(int Page, string Snippet)> listed) =>
        HasOwnName(p, listed) || p.BudgetWan is not null || p.ActualWan is not null || p.BudgetInitialWan is not null
        || p.BudgetAdjustedWan is not null || p.ExecutionRatePct is not null || p.Score is not null || p.Grade is not null
        || p.Indicators.Any(i => i.Source?.Table is not null);

    /// <summary>A name read from anywhere but a line of an attachment list.</summary>
    private static bool HasOwnName(ProjectDraft p, IReadOnlySet<(int Page, string Snippet)> listed) =>
        !string.IsNullOrEmpty(p.Name) && !(p.Sources.TryGetValue("name", out var source) && listed.Contains((source.Page, source.Snippet)));
}
