using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>Recognises report titles ("…项目绩效自评报告", "财政项目支出绩效目标表") among a section's first items.</summary>
public static partial class ReportTitles
{
    public const int TitleWindow = 8;

    public static bool IsTitle(DocItem item) => item.Key.Length <= 60 && TitleWord().IsMatch(item.Key);

    public static IEnumerable<DocItem> In(IEnumerable<DocItem> sectionItems) =>
        sectionItems.Take(TitleWindow).Where(i => i.Key.Length <= 60 && TitleWord().IsMatch(LabelValues.LabelKey(i.Text.Split('\t')[0])));

    /// <summary>The title line of a form ("项目支出绩效自评表", "附件2 部门整体支出绩效目标表"), wherever it stands.</summary>
    public static bool IsFormTitle(DocItem item) =>
        !item.IsRow && item.Key.Length <= FormTitleLength && IsTitle(item) && FormEnding().IsMatch(item.Key);

    private const int FormTitleLength = 40;

    [GeneratedRegex(@"表(?:[(（][^)）]*[)）])?$")]
    private static partial Regex FormEnding();

    public static Match MatchWord(string key) => TitleWord().Match(key);

    /// <summary>
    /// The title a document site ran into the first heading ("1、X工程绩效自评报告一、项目概况(一)…"), or null: the title
    /// ends where the heading begins.
    /// </summary>
    public static string? RunTogether(string key) =>
        RunTogetherTitle().Match(key) is { Success: true } m && TitleWord().IsMatch(m.Groups["title"].Value) ? m.Groups["title"].Value : null;

    [GeneratedRegex(@"^(?:\d{1,2}、)?(?<title>[^，。；,;《]{4,60}?(?:报告|自评表|评价表|目标表|监控表))(?=一、|[(（]一[)）])")]
    private static partial Regex RunTogetherTitle();

    // "…项目支出绩效单位自评报告", "…绩效评价自评报告": the words between the name and the report type belong to neither.
    // "…资金区域绩效自评报告", "…绩效自评总结报告", "关于…绩效自评情况的报告", "…绩效评价结果报告", "绩效运行监控报告": a transfer payment's
    // region-wide report, and the words a report's kind may carry before 报告, are still the report type.
    [GeneratedRegex("(?<project>项目)?(?<spending>支出)?(区域)?(绩效)?(评价)?(单位|部门)?(?:(?:自评|自我评价|评价|运行监控|执行监控|监控)(?:工作|情况|结果|总结)*的?报告|自评表|评价表|目标表|监控情况表|监控表|申报表|绩效报告|自评情况)")]
    private static partial Regex TitleWord();
}
