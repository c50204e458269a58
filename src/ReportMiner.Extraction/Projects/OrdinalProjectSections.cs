using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's report on several projects gives each one a paragraph that opens with its ordinal and its name:
/// "项目一：某村集体经济项目，项目全年预算数…" / "项目二：某补助资金，…". Each paragraph is a project; the first also holds
/// the opening (title, unit, year) that every project shares. The ordinals must run 一, 二, 三 … without a gap,
/// and where the document counts its projects ("涉及项目3个") the count must agree: a 子项目一 or one line
/// "项目一" inside a single project's text is no list of projects.
/// </summary>
public static partial class OrdinalProjectSections
{
    private const int MinProjects = 2;

    public static bool Split(ExtractionContext context)
    {
        var run = new List<(DocItem Item, string Name)>();
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = Section().Match(item.Key);
            if (!m.Success || !ChineseNumerals.TryParse(m.Groups["k"].Value, out var number)) continue;
            if (number == run.Count + 1) run.Add((item, Name(m.Groups["name"].Value)));
            else if (number == 1 && run.Count < MinProjects) run = [(item, Name(m.Groups["name"].Value))];
        }
        if (run.Count < MinProjects || run.Any(r => r.Name.Length == 0)) return false;
        if (StatedCount(context) is { } count && count != run.Count) return false;
        for (var k = 0; k < run.Count; k++)
        {
            var project = new ProjectDraft(k == 0 ? 0 : run[k].Item.Index, k + 1 < run.Count ? run[k + 1].Item.Index : context.Items.Count);
            project.SetName(run[k].Name, run[k].Item.Source());
            context.Projects.Add(project);
        }
        return true;
    }

    /// <summary>The name without the allocation notice it was funded by ("某财农〔2023〕38号…").</summary>
    private static string Name(string text) => NoticeNumber().Replace(text, string.Empty).Trim();

    private static int? StatedCount(ExtractionContext context)
    {
        foreach (var item in context.Items.Where(i => !i.IsRow))
            if (Count().Match(item.Key) is { Success: true } m)
                return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return null;
    }

    [GeneratedRegex(@"^项目(?<k>[一二三四五六七八九十]{1,3})[:：]\s*(?<name>[^,，。;；:：]{4,60}?)[,，。;；]")]
    private static partial Regex Section();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{1,8}[〔\[【(]\d{4}[〕\]】)]\d{1,5}号")]
    private static partial Regex NoticeNumber();

    // "涉及…项目3个", "共有5个项目".
    [GeneratedRegex(@"项目(?:共计|共有|共)?(?<n>\d{1,2})个|(?:共计|共有|共)(?<n>\d{1,2})个(?:预算|专项)?项目")]
    private static partial Regex Count();
}
