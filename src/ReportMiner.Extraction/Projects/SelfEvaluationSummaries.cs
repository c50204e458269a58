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

    // What a name holds once its place, year and generic ending (项目, 经费 …) are left out: "2021年度项目" names none.
    private const int MinCore = 3;

    public static bool Split(ExtractionContext context)
    {
        var run = new List<(DocItem Item, string Name)>();
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = Summary().Match(item.Key);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value;
            if (name.EndsWith("项目支出", StringComparison.Ordinal)) name = name[..^2];
            if (ProjectSegmentationRule.Core(name).Length < MinCore) continue;
            // The same project summarised twice (a contents line, a later section) is not a second project.
            if (run.Any(r => r.Name == name)) return false;
            run.Add((item, name));
        }
        if (run.Count < MinProjects) return false;
        ProjectParagraphs.Open(context, run);
        return true;
    }

    // "X绩效自评综述：…", "1.X项目自评综述：…", "（2）X经费绩效评价综述" on a line of its own.
    [GeneratedRegex(@"^(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．])?\s*(?<name>[^\s,，。;；:：、.．(（][^,，。;；:：]{3,39}?)(?:绩效)?(?:自评|评价)综述\s*(?:[:：]|$)")]
    private static partial Regex Summary();
}
