using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Splits the document into projects: each distinct "项目名称" value opens a project, together with the title
/// lines just above it (report title, year, applicant). A document without such labels is one project.
/// </summary>
public sealed partial class ProjectSegmentationRule : IExtractionRule
{
    private const int TitleLookBack = 6;

    public void Apply(ExtractionContext context)
    {
        // Rankings, news, notices: what they mention is not a report's project.
        if (context.DocumentKind is { } kind && kind != Genre.GenreVocabulary.PerformanceReport) return;
        var anchors = new List<int>();
        var seen = new List<string>();
        // "(一)项目名称" over its value: a collection of reports in one numbered template names each project so.
        var named = LabelValues.Find(context.Items, IsProjectNameLabel)
            .Concat(LabelValues.FindStacked(context.Items, IsProjectNameLabel).Where(lv => ProjectNameRule.IsNameValue(lv.Value)))
            .OrderBy(lv => lv.Item.Index);
        foreach (var lv in named)
        {
            var core = Core(lv.Value);
            if (core.Length == 0 || seen.Any(s => s.Contains(core) || core.Contains(s))) continue;
            seen.Add(core);
            if (anchors.Count == 0 || anchors[^1] != lv.Item.Index) anchors.Add(lv.Item.Index);
        }

        if (anchors.Count <= 1)
        {
            if (NumberedProjects.Split(context) || OrdinalProjectParagraphs.Split(context) || OrdinalHeadedProjects.Split(context)
                || SelfEvaluationSummaries.Split(context) || TitledForms.Split(context)
                || OtherProjectForms.Split(context) || AttachedReports.Split(context)) return;
            context.Projects.Add(new ProjectDraft(0, context.Items.Count));
            return;
        }
        var starts = new List<int> { 0 };
        for (var k = 1; k < anchors.Count; k++)
            starts.Add(TitleStart(context.Items, anchors[k], anchors[k - 1]));
        for (var k = 0; k < starts.Count; k++)
            context.Projects.Add(new ProjectDraft(starts[k], k + 1 < starts.Count ? starts[k + 1] : context.Items.Count));
    }

    /// <summary>A name without place, year and generic endings, so "2021年X项目工作经费" and "X项目" are one project.</summary>
    internal static string Core(string name)
    {
        var key = TextKey.Name(ProjectNameRule.StripPlaceAndYear(TextKey.Of(name)));
        foreach (var ending in GenericEndings)
            if (key.EndsWith(ending, StringComparison.Ordinal) && key.Length > ending.Length + 1) key = key[..^ending.Length];
        return key;
    }

    // "X专项支出" on the cover and "X支出" in the form below are one project: 支出 (spending) names no other one.
    private static readonly string[] GenericEndings = ["专项支出", "支出", "工作经费", "专项经费", "经费", "资金", "项目"];

    /// <summary>项目名称 and its variants; a note in brackets ("项目名称（全称）") does not change the label.</summary>
    public static bool IsProjectNameLabel(string key) =>
        WithoutBracketNote(key) is "项目名称" or "项目全称" or "项目名" or "专项名称" or "专项资金名称" or "资金名称"
            // The transfer payment's form: "转移支付(项目)名称".
            or "转移支付名称"
            // A county target form names the project's spending line: "项目支出名称 | 基本公共卫生服务…专项".
            or "项目支出名称"
            // A provincial target form names the budget category (一级项目名称) and, beside it, the project itself.
            or ProjectNameRule.SecondLevelNameLabel;

    // Asked of every prefix of many lines: most hold no bracket, and the regex would return them as they are.
    private static string WithoutBracketNote(string key) =>
        key.AsSpan().IndexOfAny('(', '（') < 0 ? key : BracketNote().Replace(key, string.Empty);

    [System.Text.RegularExpressions.GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial System.Text.RegularExpressions.Regex BracketNote();

    private static int TitleStart(IReadOnlyList<DocItem> items, int anchor, int previousAnchor)
    {
        var start = anchor;
        for (var i = anchor - 1; i > previousAnchor && i >= anchor - TitleLookBack; i--)
            if (ReportTitles.IsTitle(items[i])) start = i;
        return start;
    }
}
