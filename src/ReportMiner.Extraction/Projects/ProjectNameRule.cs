using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The project name: a quoted name in the report title, the title's words before the report type (without a
/// leading place and year), the "项目名称" cell, or the name quoted most often in the prose.
/// </summary>
public sealed partial class ProjectNameRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var single = context.Projects.Count == 1;
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            var label = LabelValues.Find(items, ProjectSegmentationRule.IsProjectNameLabel).FirstOrDefault();
            if (single) FromTitle(project, items, nameCellExists: label is not null);
            if (label is not null) project.SetName(Clean(label.Value), label.Item.Source());
            if (!single) FromTitle(project, items, nameCellExists: false);
            FromQuotes(project, items);
            // A 部门整体 (whole-department) report has no project: the department unit is what it reports on.
            if (!project.Has("name") && LabelValues.Find(items, IsUnitNameLabel).FirstOrDefault() is { } unit)
                project.SetName(Clean(unit.Value), unit.Item.Source());
        }
    }

    private static bool IsUnitNameLabel(string key) => Bracketed().Replace(key, string.Empty) is "部门名称" or "单位名称";

    /// <remarks>
    /// With a 项目名称 cell present, a title whose words do not end like a name ("…绩效自评" misread by OCR) gives way.
    /// </remarks>
    private static void FromTitle(ProjectDraft project, List<DocItem> items, bool nameCellExists)
    {
        for (var i = 0; i < Math.Min(items.Count, ReportTitles.TitleWindow); i++)
        {
            var item = items[i];
            if (item.IsRow) continue;
            var word = ReportTitles.MatchWord(item.Key);
            if (!word.Success) continue;
            var before = item.Key[..word.Index];
            if (word.Groups[1].Success && !before.EndsWith("项目")) before += word.Groups[1].Value;
            var quoted = Quoted().Match(before);
            var candidate = TrailingYear().Replace(quoted.Success ? quoted.Groups[1].Value : StripPlaceAndYear(before), string.Empty);
            if (nameCellExists && !NameEnding().IsMatch(candidate)) return;
            if (!IsGeneric(candidate)) { project.SetName(Clean(candidate), item.Source()); return; }
            // "益阳市…服务外包费" on one line, "项目支出绩效评价报告" on the next.
            if (i > 0 && !items[i - 1].IsRow && items[i - 1].Key.Length <= 50 && !items[i - 1].Key.Contains('。'))
            {
                var above = StripPlaceAndYear(items[i - 1].Key);
                if (!IsGeneric(above) && !IsOrganisation(above)) { project.SetName(Clean(above), items[i - 1].Source()); return; }
            }
        }
    }

    private static void FromQuotes(ProjectDraft project, List<DocItem> items)
    {
        var best = items.Where(i => !i.IsRow)
            .SelectMany(i => Quoted().Matches(i.Key).Select(m => (Name: m.Groups[1].Value, Item: i)))
            .Where(q => q.Name.Length is >= 4 and <= 40 && NameEnding().IsMatch(q.Name))
            .GroupBy(q => q.Name).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (best is not null && best.Count() >= 2) project.SetName(Clean(best.Key), best.First().Item.Source());
    }

    public static string StripPlaceAndYear(string key)
    {
        var m = LeadingYear().Match(key);
        if (m.Success && (m.Groups["pre"].Length == 0 || Gazetteer.Default.Resolve(m.Groups["pre"].Value) is not null))
            return key[m.Length..];
        return key;
    }

    private static bool IsGeneric(string candidate)
    {
        var rest = candidate;
        if (Gazetteer.Default.Resolve(rest) is not null)
            foreach (var mention in Gazetteer.Default.Mentions(rest).SelectMany(m => m).Select(p => p.Name).Distinct())
                rest = rest.Replace(mention, string.Empty);
        // A leading place the gazetteer does not know (or that OCR misspelt) still is not a project name.
        rest = LeadingPlace().Replace(rest, string.Empty);
        rest = GenericWords().Replace(rest, string.Empty);
        return rest.Length < 2;
    }

    private static bool IsOrganisation(string key) => OrganisationEnding().IsMatch(key);

    private static string Clean(string name) => TextKey.Of(name).Trim('“', '”', '"', '《', '》');

    [GeneratedRegex("[“\"]([^”\"]{2,60})[”\"]")]
    private static partial Regex Quoted();

    [GeneratedRegex("(项目|经费|费用|费|资金|工程|服务)$")]
    private static partial Regex NameEnding();

    // "…服务项目2022年度绩效评价报告": the year sits between the name and the report type.
    [GeneratedRegex(@"\d{4}\s*年度?$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<pre>.{0,15}?)\d{4}\s*年度?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex("^[\u4e00-\u9fa5]{1,4}?[省市区县]")]
    private static partial Regex LeadingPlace();

    [GeneratedRegex("财政|支出|项目|部门|整体|专项|资金|预算|年度|绩效|目标|申报|[0-9()（）]")]
    private static partial Regex GenericWords();

    [GeneratedRegex("(局|办公室|中心|委员会|厅|政府|管理处)$")]
    private static partial Regex OrganisationEnding();
}
