using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's report on several projects walks through them under each of its sections: "二、项目概况（一）A经费：…（二）B计划：…
/// （三）C补助：… 三、项目绩效目标（一）A经费：目标1…". A numbered run of project-like names (ending 经费, 资金, 计划, 补助 …)
/// whose first name opens a later numbered run again is the list of the report's projects; each becomes a project, and
/// the draft that stood for the unit becomes the first of them. Only a report about a unit (its draft unnamed, named by
/// an office, or "某单位2022年项目") is split so: a named project's parts listed twice stay parts.
/// </summary>
public sealed partial class RecurringProjectHeadingsRule : IExtractionRule
{
    private const int MinProjects = 2;

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count != 1) return;
        var draft = context.Projects[0];
        if (!string.IsNullOrEmpty(draft.Name) && !IsUnitsName(TextKey.Of(draft.Name))) return;
        var runs = Runs(context.Items.Where(i => !i.IsRow));
        var list = runs.FirstOrDefault(r => r.Count >= MinProjects && r.All(h => ProjectLike().IsMatch(h.Name))
                                            && runs.Any(later => later != r && later[0].Position > r[^1].Position && later[0].Name == r[0].Name));
        if (list is null || list.Select(h => h.Name).Distinct().Count() < list.Count) return;
        // The unit the report was named by is the department of every project it lists; a department read as only the
        // start of that unit's name ("某乡中心" for "某乡中心学校") gives way to it.
        if (Unit(draft.Name) is { } unit && draft.Sources.TryGetValue("name", out var unitSource)
            && (string.IsNullOrEmpty(draft.Department) || (unit.StartsWith(TextKey.Of(draft.Department), StringComparison.Ordinal) && unit.Length > TextKey.Of(draft.Department).Length)))
        {
            draft.Reclaim("department", unitSource);
            draft.Department = unit;
        }
        draft.Rename(list[0].Name, list[0].Item.Source());
        foreach (var heading in list.Skip(1))
        {
            var project = new ProjectDraft(heading.Item.Index, heading.Item.Index);
            project.SetName(heading.Name, heading.Item.Source());
            context.Projects.Add(project);
        }
    }

    private sealed record Heading(DocItem Item, long Position, int Number, string Name);

    /// <summary>Numbered headings in reading order, cut into runs that count 一, 二, 三 … from the start.</summary>
    private static List<List<Heading>> Runs(IEnumerable<DocItem> items)
    {
        var runs = new List<List<Heading>>();
        foreach (var item in items)
            foreach (Match m in NumberedHeading().Matches(item.Key))
            {
                if (!ChineseNumerals.TryParse(m.Groups["k"].Value, out var k)) continue;
                var heading = new Heading(item, ((long)item.Index << 20) + m.Index, (int)k, m.Groups["name"].Value);
                if (heading.Number == 1) runs.Add([heading]);
                else if (runs.Count > 0 && runs[^1][^1].Number == heading.Number - 1) runs[^1].Add(heading);
            }
        return runs;
    }

    private static string? Unit(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var key = TextKey.Of(name);
        if (ProjectNameRule.IsOrganisation(key)) return key;
        var m = UnitsYear().Match(key);
        return m.Success && UnitEndings.EndsUnitName(m.Groups["office"].Value) ? m.Groups["office"].Value : null;
    }

    private static bool IsUnitsName(string key) =>
        ProjectNameRule.IsOrganisation(key)
        || UnitsYear().Match(key) is { Success: true } m && UnitEndings.EndsUnitName(m.Groups["office"].Value);

    // "（一）义务教育生均公用经费：", "(二)某某计划:".
    [GeneratedRegex(@"[(（](?<k>[一二三四五六七八九十]{1,2})[)）](?<name>[\u4e00-\u9fa5“”""\-—]{4,40}?)[:：]")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex("(?:经费|资金|计划|补助|补贴|项目|工程|专项)$")]
    private static partial Regex ProjectLike();

    // "某中心学校2022年项目", "某局2023年度项目支出".
    [GeneratedRegex(@"^(?<office>[\u4e00-\u9fa5()（）]{4,30}?)\d{4}年度?(?:项目(?:支出)?)?$")]
    private static partial Regex UnitsYear();
}
