using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

public sealed partial class ProjectNameRule
{
    /// <summary>
    /// A document-sharing site heads its page with the uploaded file's name ("常熟河道长效管理项目.docx",
    /// "上海市闵行区2012年度水域保洁项目支出绩效跟踪管理报.doc") and stamps it on every page's preview
    /// ("av国道110线…路面养护工程自评报告_第1页"): the author's name for the report. Like a title, it names the project
    /// only when its subject ends as one does; "2024年项目支出绩效评估报告.docx" or "专项资金绩效目标表.doc" names none,
    /// and a notice's file ("关于下达…项目绩效目标的通知.docx") names what it allocates, not a report's project.
    /// </summary>
    internal static (DocItem Item, string Name)? FileNameTitle(IReadOnlyList<DocItem> items, IReadOnlyList<DocItem> chrome)
    {
        var lines = items.Take(ReportTitles.TitleWindow + 1).Where(i => !i.IsRow).Select(i => (Item: i, Name: FileName().Match(i.Key)))
            .Concat(chrome.Where(c => !c.IsRow).Select(c => (Item: c, Name: PageStub().Match(c.Key))))
            .Where(l => l.Name.Success);
        foreach (var (item, match) in lines)
            if (FileNameSubject(match.Groups["name"].Value) is { } name) return (item, name);
        return null;
    }

    internal static string? FileNameSubject(string fileName)
    {
        var text = AttachmentPrefix().Replace(SiteLetters().Replace(fileName, string.Empty), string.Empty);
        if (Notice().IsMatch(text)) return null;
        var word = ReportTitles.MatchWord(text);
        // A name the site cut short ("…项目支出绩效跟踪管理报") still has its subject before 绩效.
        var subject = word.Success ? text[..word.Index] : text.IndexOf("绩效", StringComparison.Ordinal) is var at and > 0 ? text[..at] : text;
        var candidate = Clean(TrailingYear().Replace(StripOfficeAndYear(StripPlaceAndYear(subject)), string.Empty));
        return !IsGeneric(candidate) && EndsAsFunds(candidate) ? candidate : null;
    }

    // "X.docx", "《X.docx》由会员分享…": the uploaded file's name, its extension, and the site's words after it.
    [GeneratedRegex(@"^《?(?<name>[^《》]{4,60}?)\.(?:docx?|pdf|wps|xlsx?)(?:》.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    // "X.docx_第1页", "X_第3页": one page of the file's preview.
    [GeneratedRegex(@"^(?<name>[^《》]{4,60}?)(?:\.(?:docx?|pdf|wps|xlsx?))?_第\d+页$", RegexOptions.IgnoreCase)]
    private static partial Regex PageStub();

    [GeneratedRegex("^关于|通知|公告|公示")]
    private static partial Regex Notice();

    // "av国道110线…": a spam site's lower-case letters glued before the file's name.
    [GeneratedRegex(@"^[a-z]{1,4}(?=[\u4e00-\u9fa5])")]
    private static partial Regex SiteLetters();
}
