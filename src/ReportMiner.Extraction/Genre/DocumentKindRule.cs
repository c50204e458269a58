using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// Decides what the document is from the vocabulary of each genre: a performance report (its projects are read),
/// or a ranking, news item, procurement notice, policy or other text (no project: a city and a year alone are
/// not a report). A report shows itself by its form (a report title, a 项目名称 field, an indicator or budget
/// table) unless another genre's vocabulary outweighs it; without a form, the report's vocabulary must be there and
/// no other genre's decide. Links to attached files ("附件1：…绩效评价报告.pdf") name other documents and do not
/// count; a page of such links alone is the notice that publishes them.
/// </summary>
public sealed partial class DocumentKindRule : IExtractionRule
{
    private const int Decisive = 6;
    private const int WeakReport = 2;
    private const int OwnReportWeight = 2;
    private const double MinHanShare = 0.5;
    private const int MinLinkedReports = 2;

    public void Apply(ExtractionContext context)
    {
        var content = context.GenreScoring.Content;
        var lines = context.GenreScoring.Lines;
        var (scores, named) = (context.GenreScoring.Scores, context.GenreScoring.Named);
        var report = scores[GenreVocabulary.PerformanceReport];
        var (other, otherScore) = scores.Where(s => s.Key != GenreVocabulary.PerformanceReport)
            .OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)).First();
        var hasForm = HasReportForm(content);
        // A genre decides only where a word or a line of its own names it: "市民" three times in a project's application is
        // no news item.
        var otherDecides = otherScore >= Decisive && otherScore >= report && named.Contains(other);
        // A circular's addressees, a regulation's articles or a news dateline is another genre's own form: only a
        // report's own form (a 项目名称 field, an indicator or budget table) outweighs it, not a report title it names. A news
        // lead ("近日，…") is weaker: a report may date a step so, so it counts only where no report title or form is. An
        // article naming itself ("本文将…") is weaker still: an untitled self-evaluation may open so and then give its score,
        // grade or spending rate, which an article's worked example does not state as its own.
        var withSelfLeads = !hasForm && !content.Any(StatesResult);
        var otherForm = GenreVocabulary.Default.KindsWithForm(lines, context.GenreScoring.Title, scores, withLeads: !hasForm, withSelfLeads).FirstOrDefault(k => k != GenreVocabulary.PerformanceReport);
        var kind = IsMostlyLatin(lines) ? "other"
            : HasFilledForm(content) ? otherDecides ? other : GenreVocabulary.PerformanceReport
            : otherForm is not null ? otherForm
            : hasForm ? otherDecides ? other : GenreVocabulary.PerformanceReport
            : otherDecides ? other
            // A page that only links to reports ("附件1：…绩效评价报告.pdf", "附件2：…") is the notice publishing them;
            // one file name above the text ("…绩效自评总结报告.docx") is a document site's title for the report it shows.
            // A page that states a project's own figures beside each link ("项目全年预算数1290.00万元，执行数为1206.01万元，资金
            // 执行率为93.49%") is the report summarising the tables it attaches, not a notice.
            // A document site prints the file name of the one document it shows again and again (above its preview, in its
            // download box): the same name repeated is that document's title, not a list of attachments.
            : IsNoticeOfLinkedReports(context, content) ? "other"
            // Without a form a report speaks its own vocabulary ("项目资金", "绩效目标", "执行率"): the bare "预算", "绩效" or
            // "项目名称" alone are any finance text's words in prose (a department's budget disclosure, R642), a form's
            // labels only in a table's cells ("项目当年预算(元)", "主管部门").
            : report >= WeakReport && SpeaksReport(lines, content) ? GenreVocabulary.PerformanceReport : "other";
        context.DocumentKind = kind;
        if (kind == GenreVocabulary.PerformanceReport) return;
        var why = IsMostlyLatin(lines) ? "its text is mostly Latin letters"
            : kind == otherForm && !HasFilledForm(content) ? $"a line in {kind}'s own form (addressees, articles, dateline or abstract) and no 项目名称 or indicator table; genre vocabulary {Describe(scores)}"
            : $"genre vocabulary {Describe(scores)}{(hasForm ? "" : "; no report title, 项目名称 or indicator table")}";
        context.Warnings.Add($"not a performance report: reads as {kind} ({why}); no project extracted");
    }

    private static bool SpeaksReport(IReadOnlyList<string> lines, IReadOnlyList<DocItem> content) =>
        GenreVocabulary.Default.HasCue(lines, GenreVocabulary.PerformanceReport, OwnReportWeight)
        || GenreVocabulary.Default.HasCue(content.Where(i => i.IsRow).Select(i => i.Key).ToList(), GenreVocabulary.PerformanceReport, 1);

    /// <summary>Reports of the genre are written in Chinese: a text whose letters are mostly Latin is something else.</summary>
    private static bool IsMostlyLatin(IReadOnlyList<string> lines)
    {
        int han = 0, latin = 0;
        foreach (var c in lines.SelectMany(l => l))
        {
            if (c is >= '\u4e00' and <= '\u9fff') han++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return han + latin > 0 && han < MinHanShare * (han + latin);
    }

    private static string Describe(IReadOnlyDictionary<string, int> scores) =>
        string.Join(", ", scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value}"));

    /// <summary>Whether the document's own text (not links to attachments) holds a report title, 项目名称 or indicator table.</summary>
    public static bool HasReportForm(ExtractionContext context) => HasReportForm(context.GenreScoring.Content);

    /// <summary>The document's own text: its items without the links to attached files and the attachments it ends on naming.</summary>
    internal static List<DocItem> Content(ExtractionContext context)
    {
        var named = TrailingAttachments.Of(context.Items);
        var links = new FileLinks(context);
        return context.Items.Where(i => !links.IsLink(i) && !named.Contains(i.Index)).ToList();
    }

    /// <summary>Whether the page links two different reports and states no project's figures of its own.</summary>
    private static bool IsNoticeOfLinkedReports(ExtractionContext context, IReadOnlyList<DocItem> content)
    {
        var links = new FileLinks(context);
        var linkedReports = context.Items.Where(i => links.IsLink(i) && ReportTitles.MatchWord(i.Key).Success)
            .Select(i => i.Key).Distinct(StringComparer.Ordinal).Count();
        return linkedReports >= MinLinkedReports && !content.Any(StatesProjectFigures);
    }

    internal static bool HasReportForm(IReadOnlyList<DocItem> content) => content.Any(ReportTitles.IsTitle) || HasFilledForm(content);

    /// <summary>
    /// A 项目名称 field holding a name (not a template's "XX项目", nor the next column's heading in a listing's header row,
    /// "项目名称 | 金额") or a row of an indicator or budget table: the report's form itself, not its title.
    /// </summary>
    private static bool HasFilledForm(IReadOnlyList<DocItem> content) =>
        LabelValues.Find(content, ProjectSegmentationRule.IsProjectNameLabel)
            .Any(lv => ProjectNameRule.IsNameValue(lv.Value) && !ProjectNameRule.IsListingHeading(lv.Value))
        || content.Any(i => i.IsRow && i.Cells.Count(c => FormHeaders.Any(h => c.Contains(h, StringComparison.Ordinal))) >= 2);

    /// <summary>A sentence of the page's own text giving an amount and the rate at which it was spent: a project's figures.</summary>
    private static bool StatesProjectFigures(DocItem item) => !item.IsRow && ProjectFigures().IsMatch(item.Key);

    /// <summary>A sentence of the page's own text giving a project's figures or its overall score or grade.</summary>
    private static bool StatesResult(DocItem item) => StatesProjectFigures(item) || !item.IsRow && Money.ScoreGradeRule.StatesScoreOrGrade(item.Key);

    [GeneratedRegex(@"\d(?:\.\d+)?万元.{0,80}执行率(?:为|达到?|是)?[:：]?\d{1,3}(?:\.\d+)?[%％]")]
    private static partial Regex ProjectFigures();

    internal static readonly string[] FormHeaders = EmbeddedData.Lines("Genre.Data.report-form-headers.tsv").ToArray();
}
