using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A prose report that names its project nowhere else opens a paragraph with it, as the subject of what the
/// paragraph tells: "X项目是某办公室的持续性项目", "X项目立项批复525万元", "X项目的实施，保证了…" (R173, R280, R314;
/// R154 and R180 open a paragraph so too and are named by their titles alike). Like the yeared prose name it runs
/// after every other rule, only on a document that already stands as a report with one project.
/// </summary>
public sealed partial class ParagraphOpeningNameRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count != 1) return;
        var project = context.Projects[0];
        if (!string.IsNullOrEmpty(project.Name)) return;
        var items = context.ItemsOf(project).ToList();
        // A report on a whole department names no project.
        if (items.Take(ReportTitles.TitleWindow).Any(i => i.Key.Contains("整体", StringComparison.Ordinal))) return;
        foreach (var item in items.Where(i => !i.IsRow))
        {
            var m = Opening().Match(item.Key);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value;
            // "专家组建议项目是" / "否立项等": a line that stops at the word after the name is a table cell's text
            // wrapped, not a paragraph that goes on to say what its project is.
            if (item.Key.Length - (m.Groups["name"].Index + name.Length) < MinParagraphRest) continue;
            if (NotAName().IsMatch(name) || Amount().IsMatch(name) || ProjectNameRule.IsGeneric(name) || ProjectNameRule.IsOrganisation(name)) continue;
            project.SetName(ProjectNameRule.Clean(name), item.Source(item.SentenceAt(m.Groups["name"].Index)));
            return;
        }
    }

    private const int MinParagraphRest = 3;

    // A numbered paragraph ("1.", "2、") may open with the name; a section heading's own number ("一、") opens a heading.
    [GeneratedRegex(@"^(?:\d{1,2}[.、．]\s*)?(?<name>[\u4e00-\u9fa5“""(（][\u4e00-\u9fa5\d()（）“”""\-—]{3,45}?(?:项目|资金|经费|工程|专项))(?=是|为|立项|的实施|实施以来|于\d{4}|按照|总投资|自\d{4})")]
    private static partial Regex Opening();

    // "本项目…", "该项目…", "项目资金…", "我局…": the paragraph speaks of its project without naming it. "一、…" is a heading.
    [GeneratedRegex(@"^(?:本|该|我|全|各|所有|此|这|上述|以上|项目|资金|经费|[一二三四五六七八九十])")]
    private static partial Regex NotAName();

    // "某档案馆46万元资金": an office and the money it got, not a project's name.
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:万|亿)?元")]
    private static partial Regex Amount();
}
