using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The final-accounts template for a unit's self-evaluations gives each project a paragraph opening with its name and
/// the words 绩效自评综述 ("X项目绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为95分。全年预算数为200万元，执行数为
/// 179.43万元…"), unnumbered, numbered "1." / "（1）" or headed "（一）" (R406, R504; R136 writes the same sentences after
/// "项目一："). The word names a project's own summary, so two or more such paragraphs naming different projects each open
/// a project; the first also holds the report's title lines and opening. Headings counted "（一）" with the usual name
/// endings are read by <see cref="OrdinalHeadedProjects"/> first; this reads the template's paragraphs whatever numbers them.
/// </summary>
internal static partial class SelfEvaluationSummaries
{
    private const int MinProjects = 2;
    private const int MaxProjects = 200;

    // What a name holds once its place, year and generic ending (项目, 经费 …) are left out: "2021年度项目" names none.
    private const int MinCore = 3;

    public static bool Split(ExtractionContext context)
    {
        var run = new List<(DocItem Item, string Name)>();
        var cores = new List<string>();
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = Summary().Match(item.Key);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value;
            if (name.EndsWith("项目支出", StringComparison.Ordinal)) name = name[..^2];
            // A fund's 其中/含 part summarised under it is that fund's, never a peer project (review59 M3).
            if (name.StartsWith("其中", StringComparison.Ordinal) || name.StartsWith('含')) continue;
            var core = ProjectSegmentationRule.Core(name);
            if (core.Length < MinCore) continue;
            // The same project summarised twice (a contents line, a later section, its name with or without 项目), or
            // its shares summarised by county ("甲县…", "乙县…" around one core), is not a second project.
            if (cores.Any(c => SameProject(c, core))) return false;
            // A page of more summaries than any unit's final accounts hold is not this template; the check above is
            // pairwise, so it stays bounded.
            if (run.Count == MaxProjects) return false;
            cores.Add(core);
            run.Add((item, name));
        }
        if (run.Count < MinProjects) return false;
        ProjectParagraphs.Open(context, run);
        return true;
    }

    private static bool SameProject(string a, string b) =>
        a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)
        || WithoutLeadingPlace(a) is { Length: >= MinCore } x && x == WithoutLeadingPlace(b);

    // A county's or township's share ("甲县农村公路养护", "乙镇农村公路养护") that the gazetteer does not know by name.
    private static string WithoutLeadingPlace(string core) => LeadingPlace().Replace(core, string.Empty);

    [GeneratedRegex("^.{1,8}?(?:自治州|自治县|省|市|州|盟|县|区|旗|镇|乡|街道)")]
    private static partial Regex LeadingPlace();

    // "X绩效自评综述：…", "1.X项目自评综述：…", "（2）X经费绩效评价综述" on a line of its own.
    [GeneratedRegex(@"^(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．])?\s*(?<name>[^\s,，。;；:：、.．(（][^,，。;；:：]{3,39}?)(?:绩效)?(?:自评|评价)综述\s*(?:[:：]|$)")]
    private static partial Regex Summary();
}
