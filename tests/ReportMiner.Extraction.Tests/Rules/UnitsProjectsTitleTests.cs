namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A form's title on a unit's projects (the unit, then a year, its budget, 绩效 or a count of projects, then 项目) says
/// whose projects its forms are, not which one: an excerpt that stops above the form has no name to give. A facility a
/// project builds, named with nothing between it and 项目, is still a project's name.
/// </summary>
public sealed class UnitsProjectsTitleTests
{
    [Theory]
    [InlineData("2023年某某中心绩效项目支出自评表")]
    [InlineData("某县疾病预防控制中心(某县卫生监督执法局)2025年度预算项目支出绩效目标表")]
    [InlineData("某某保护中心5个项目绩效目标表")]
    public void A_forms_title_on_a_units_projects_names_no_project(string title)
    {
        var project = new Docs().Para(title).Para("发布时间:2025-03-20").Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_facility_the_project_builds_still_names_it()
    {
        var project = new Docs().Para("某某县老年人日间照料中心项目绩效自评表").Para("发布时间:2021-03-20").Single();
        Assert.Equal("某某县老年人日间照料中心项目", project.Name);
    }
}
