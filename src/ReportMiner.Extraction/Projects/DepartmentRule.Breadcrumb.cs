using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// "首页 >> 部门信息公开 >> 某县交通运输局 >> 正文": a government portal files each unit's pages under the unit's own
    /// name, and its breadcrumb above the title says whose page this is (a stored page keeps it as chrome; many name
    /// the unit short, 市文旅局, so only a name the gazetteer places is taken). It beats the portal's own name
    /// printed on top of every page ("某县人民政府"), as the page's publisher field does.
    /// </summary>
    /// <remarks>The breadcrumb is page chrome, which rules read apart from the report's items.</remarks>
    private static void FromBreadcrumb(ProjectDraft project, IReadOnlyList<DocItem> chrome)
    {
        foreach (var item in chrome.Where(i => !i.IsRow && i.Key.Contains(HomePage, StringComparison.Ordinal)))
        {
            var unit = BreadcrumbStep().Split(item.Key).Select(s => WithoutCode(s.Trim()))
                .FirstOrDefault(s => s.Length <= MaxUnitLength && UnitEndings.EndsUnitName(s) && Gazetteer.Default.Resolve(s) is not null
                    && !IsOverseeingOffice(s) && !Contractor.IsMatch(s) && !IsPlacesGovernment(s));
            if (unit is null) continue;
            if (project.Claim("department", item.Source())) project.Department = unit;
            return;
        }
    }

    /// <summary>"首页 > 某县人民政府 > 政务公开": a county's or city's government in the breadcrumb is the portal's owner.</summary>
    private static bool IsPlacesGovernment(string unit) => Gazetteer.Default.WithoutPlaces(unit).Trim() is "人民政府" or "政府";

    private const string HomePage = "首页";

    private const int MaxUnitLength = 30;

    [GeneratedRegex("[>＞»›]+")]
    private static partial Regex BreadcrumbStep();
}
