using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's report on several of its projects gives each one a section under an ordinal heading that names it:
/// "（一）某档案数字化经费项目" on a line of its own, or "（一）某事业发展工作经费绩效自评综述：项目全年预算数…". Headings
/// counted 一, 二, 三 … in order whose names end the way a project's does (项目, 经费, 资金 …) each open a project that runs
/// to the next heading; the first also holds the report's title lines and opening. A heading made only of funding words
/// ("（一）中央财政资金") names a source of one project's money, and a run whose names are headed again later is a
/// per-section walk through the same projects, left to <see cref="RecurringProjectHeadingsRule"/>.
/// </summary>
public static partial class OrdinalHeadedProjects
{
    private const int MinProjects = 2;
    private const int MinOwnWords = 2;

    private static readonly string[] FundingWords = EmbeddedData.Lines("Projects.Data.funding-sources.tsv")
        .Select(l => l.Trim()).Where(l => l.Length > 0).OrderByDescending(l => l.Length).ToArray();

    public static bool Split(ExtractionContext context)
    {
        var run = new List<(DocItem Item, string Name)>();
        var laterNames = new List<string>();
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = Heading().Match(item.Key);
            if (!m.Success || !ChineseNumerals.TryParse(m.Groups["k"].Value, out var k)) continue;
            var name = m.Groups["name"].Value;
            if ((int)k == run.Count + 1 && laterNames.Count == 0 && NamesAProject(name)) run.Add((item, name));
            else if (run.Count > 0) laterNames.Add(name);
        }
        if (run.Count < MinProjects || run.Select(r => r.Name).Distinct().Count() < run.Count) return false;
        if (run.Any(r => laterNames.Contains(r.Name))) return false;
        ProjectParagraphs.Open(context, run);
        return true;
    }

    /// <summary>Whether the name says what the money does, beyond where it comes from.</summary>
    internal static bool NamesAProject(string name)
    {
        var own = name;
        foreach (var word in FundingWords) own = own.Replace(word, string.Empty, StringComparison.Ordinal);
        return own.Length >= MinOwnWords;
    }

    // "（一）X项目" alone on its line, or "（二）X经费绩效自评综述：…": the name ends 项目, 经费, 资金 … and is followed by
    // nothing, or by a colon, possibly after the words that say this is the project's self-evaluation.
    [GeneratedRegex(@"^[(（](?<k>[一二三四五六七八九十]{1,2})[)）]\s*(?<name>[\u4e00-\u9fa5“”""\-—]{4,40}(?:项目|经费|资金|补助|补贴|工程|专项))(?:项目)?(?:绩效自评综述|绩效自评情况|绩效自评)?\s*(?:[:：].*)?$")]
    private static partial Regex Heading();
}
