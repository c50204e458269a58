using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

public sealed partial class ProjectNameRule
{
    /// <summary>
    /// "2023年福彩中心绩效项目支出自评表", "南县疾病预防控制中心(南县卫生综合监督执法局)2025年度预算项目支出绩效目标表",
    /// "文物保护中心7个项目绩效目标表.xls": a form's title on a unit followed by a year, its budget, the word 绩效 or a count
    /// of projects, then 项目, says whose projects its forms are, not which one (R500, R615, R244): each form names its own in
    /// 项目名称, and an excerpt that stops above it has no name to give. A report so titled ("某图书馆2022年度项目支出绩效
    /// 自评报告") is on the unit's project spending as a whole, and keeps that name for the rules that read the unit from it.
    /// A facility that a project builds keeps its name ("全民健身中心项目", "老年人日间照料中心项目": nothing between).
    /// </summary>
    private static bool IsUnitsForm(string candidate, Match titleWord) =>
        titleWord.Success && titleWord.Value.EndsWith('表') && UnitsProjects.Match(candidate) is { Success: true } m && m.Groups["scope"].Length > 0;

    // A unit may carry its second name in brackets ("某中心(某局)": one body under two names).
    private static readonly Regex UnitsProjects = new(
        @"^[\u4e00-\u9fa5]{2,30}?(?:" + UnitEndings.Alternation + @")(?:[(（][\u4e00-\u9fa5]{2,30}[)）])?"
        + @"(?<scope>(?:\d{4}\s*年度?)?(?:部门)?(?:预算)?(?:绩效)?(?:\d{1,3}个)?)项目$", RegexOptions.Compiled);
}
