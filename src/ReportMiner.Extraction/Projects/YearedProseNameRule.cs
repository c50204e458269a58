using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A prose report that names its project nowhere else writes it with the year it covers, where it states the
/// project's money or results: "2019年度X专项经费预算25万元", "2024年X补贴项目预算资金合计…", "某区2023年度X专项项目绩效评价
/// 综合得分…", "下达某市2021年度X基金(…)791753万元". The place and year belong to the sentence; the name is what the
/// year opens and the money or performance word closes. A report on a whole department names no project this way.
/// It is the last word on the name: it runs after every other rule has had its say, and only on a document that
/// already stands as a report, so a news item or notice that mentions a fund's money never becomes one through it.
/// </summary>
public sealed partial class YearedProseNameRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count != 1) return;
        var project = context.Projects[0];
        if (!string.IsNullOrEmpty(project.Name) || Find(context.ItemsOf(project).ToList()) is not { } found) return;
        project.SetName(ProjectNameRule.Clean(found.Name), found.Item.Source(found.Item.SentenceAt(found.At)));
    }

    private static (string Name, DocItem Item, int At)? Find(IReadOnlyList<DocItem> items)
    {
        if (items.Take(ReportTitles.TitleWindow).Any(i => i.Key.Contains("整体", StringComparison.Ordinal))) return null;
        var prose = items.Where(i => !i.IsRow).ToList();
        var best = prose
            .SelectMany(i => YearedName().Matches(i.Key).Select(m => (Name: m.Groups["name"].Value, Item: i, At: m.Index)))
            .Where(r => !ProjectNameRule.IsGeneric(r.Name) && !OfficeOrScope().IsMatch(r.Name))
            .GroupBy(r => r.Name).OrderByDescending(g => g.Count()).FirstOrDefault();
        // A report comes back to its own project; a fund named once, where the money came from, is not what it is about.
        return best is not null && Mentions(prose, best.Key) >= MinMentions ? best.First() : null;
    }

    private const int MinMentions = 2;

    private static int Mentions(List<DocItem> prose, string name)
    {
        var count = 0;
        foreach (var item in prose)
            for (var at = item.Key.IndexOf(name, StringComparison.Ordinal); at >= 0; at = item.Key.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                count++;
        return count;
    }

    private const string NameText = @"[\u4e00-\u9fa5\d()“”""\-—]";

    // The name starts right after the year; it ends with a word that closes a project's name (项目, 经费, 补贴 …, with
    // a bracketed qualifier) and is followed by its money, its evaluation, the unit that carried it out ("由某院实施完成")
    // or the grounds it was set up on ("根据…").
    [GeneratedRegex(@"(?<![\d年])(?:\d{4}|20xx)年度?(?<name>[\u4e00-\u9fa5“""]" + NameText + @"{2,38}?(?:项目|资金|经费|工程|专项|补贴|补助|基金)(?:\([^()]{1,12}\))?)(?=预算|资金(?:总额|合计|共计)|(?:支出)?绩效(?:评价|自评|完成|目标实现)|\d+(?:\.\d+)?万元|由[\u4e00-\u9fa5]{2,30}?(?:实施|承担|负责)|根据)", RegexOptions.IgnoreCase)]
    private static partial Regex YearedName();

    // "2022年部门项目", "本单位…资金", "该项目资金": an office's spending in general, or a name run into an office, is no
    // project; "…资金共下达我县…", "X项目县级财政资金", "2023年度省级拨付我区X资金62万元": a sentence about where the
    // money came from runs past the name (or before it).
    [GeneratedRegex("^(?:本|我|全|各|所有|该|度)|部门|单位|局|政府|下达|拨付|下拨|共计|其中|(?:项目|经费|资金).*(?:财政|级|实际|到位)")]
    private static partial Regex OfficeOrScope();
}
