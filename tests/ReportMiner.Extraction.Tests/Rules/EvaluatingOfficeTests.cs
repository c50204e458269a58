namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The office that carries out a report's own evaluation, named where a clause of the prose opens.</summary>
public sealed class EvaluatingOfficeTests
{
    [Fact]
    public void A_township_government_that_monitors_its_own_projects_is_the_department()
    {
        var project = new Docs()
            .Para("为规范衔接资金管理，提高资金使用效益，青龙镇人民政府对2023年度实施的衔接资金项目进行了绩效运行监控，现报告如下：")
            .Para("一、绩效目标分解下达情况")
            .Single();
        Assert.Equal("青龙镇人民政府", project.Department);
    }

    [Fact]
    public void A_finance_bureau_that_evaluates_others_projects_is_not_the_department()
    {
        var project = new Docs()
            .Para("根据工作安排，宁乡市财政局对2023年度农村公路养护项目开展了绩效评价。")
            .Para("一、项目基本情况")
            .Single();
        Assert.NotEqual("宁乡市财政局", project.Department);
    }

    [Fact]
    public void An_office_inside_a_clause_is_not_taken_as_its_subject()
    {
        var project = new Docs()
            .Para("为配合宁乡市水利局开展的河道治理项目绩效评价，现将有关情况报告如下。")
            .Para("一、项目基本情况")
            .Single();
        Assert.NotEqual("为配合宁乡市水利局", project.Department);
    }
}
