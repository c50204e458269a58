using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

public sealed partial class ProjectNameRule
{
    /// <summary>
    /// "福彩中心绩效项目", "保山市图书馆2022年度项目", "南县疾病预防控制中心(南县卫生综合监督执法局)2025年度预算项目",
    /// "文物保护中心7个项目": a unit followed by a year, its budget, the word 绩效 or a count of projects says whose projects a
    /// title covers (a unit's forms, or its report on all its project spending), not which one (R500, R494, R615, R244).
    /// A facility that a project builds keeps its name ("全民健身中心项目", "老年人日间照料中心项目": nothing between).
    /// </summary>
    private static bool IsUnitsProjects(string candidate) => UnitsProjects.Match(candidate) is { Success: true } m && m.Groups["scope"].Length > 0;

    // A unit may carry its second name in brackets ("某中心(某局)": one body under two names).
    private static readonly Regex UnitsProjects = new(
        @"^[\u4e00-\u9fa5]{2,30}?(?:" + UnitEndings.Alternation + @")(?:[(（][\u4e00-\u9fa5]{2,30}[)）])?"
        + @"(?<scope>(?:\d{4}\s*年度?)?(?:部门)?(?:预算)?(?:绩效)?(?:\d{1,3}个)?)项目$", RegexOptions.Compiled);
}
