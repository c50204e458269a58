using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// Names from a portal's metadata title field (名称 | X绩效评价自评报告 | 文号, R198, R339) and from a finance office's
/// key evaluation (重点绩效评价: R178, R264, R285, R326, R338), whose 重点 belongs to the evaluation, not the project.
/// </summary>
public sealed class TitleFieldAndKeyEvaluationTests
{
    private const string Body = "本项目年度预算资金80万元，实际支出76万元。";

    [Fact]
    public void A_metadata_row_whose_title_field_holds_the_report_title_names_the_project()
    {
        var project = new Docs().Table("名称:\t澧县2023年度农村饮水安全巩固提升项目绩效评价自评报告\t文号:\t无")
            .Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("农村饮水安全巩固提升项目", project.Name);
    }

    [Fact]
    public void A_metadata_title_field_holding_no_report_title_names_nothing()
    {
        var project = new Docs().Table("名称:\t关于印发预算绩效管理办法的说明\t文号:\t无")
            .Para("一、项目基本情况").Para(Body).Single();
        Assert.True(string.IsNullOrEmpty(project.Name), project.Name);
    }

    [Fact]
    public void A_key_evaluation_title_names_the_project_without_重点()
    {
        var project = new Docs().Para("2023年度农村公路养护项目重点绩效评价报告").Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("农村公路养护项目", project.Name);
    }

    [Fact]
    public void A_key_evaluation_of_a_project_over_several_years_names_it_in_the_prose()
    {
        var project = new Docs().Para("绩效评价报告")
            .Para("某区财政局根据评价管理办法，对2020-2022年街巷保洁项目开展重点绩效评价，涉及资金1.2亿元。").Single();
        Assert.Equal("街巷保洁项目", project.Name);
    }

    // A subsidy is a budget line (R068, R136, R292, R297, R320 name their projects so).
    [Fact]
    public void A_title_about_a_subsidy_names_it()
    {
        var project = new Docs().Para("2021年度农机购置补贴绩效自评报告").Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("农机购置补贴", project.Name);
    }

    // A page's title may end without 报告 (R014, R321, R334).
    [Fact]
    public void A_title_ending_in_绩效自评_without_报告_names_the_project()
    {
        var project = new Docs().Para("澧县2021年农村饮水安全巩固提升项目绩效自评").Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("农村饮水安全巩固提升项目", project.Name);
    }

    [Fact]
    public void A_section_heading_ending_in_绩效自评_names_no_project()
    {
        var project = new Docs().Para("二、项目绩效自评").Para(Body).Single();
        Assert.True(string.IsNullOrEmpty(project.Name), project.Name);
    }
}
