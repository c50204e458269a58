namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An excerpt cut above its title, opening the evaluation report's outline (一、项目基本情况, 一、部门基本情况) with no word
/// of its kind, and a looking-back report's filing date beside the period it covers.
/// </summary>
public sealed class CutReportTemplateTests
{
    [Fact]
    public void An_excerpt_opening_with_the_projects_basic_situation_is_an_evaluation()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("（一）项目概况")
            .Para("某县农村公路养护资金用于全县村道日常养护，全年安排资金80万元。")
            .Single();
        Assert.Equal("evaluation", project.ReportKind);
    }

    [Fact]
    public void An_excerpt_opening_with_the_departments_basic_situation_is_an_evaluation()
    {
        var project = new Docs()
            .Para("一、部门基本情况")
            .Para("（一）部门概况")
            .Para("某市文化馆是市文化和旅游局所属公益一类事业单位，内设办公室等4个部室。")
            .Para("（二）部门预决算情况")
            .Para("2023年度全年预算为635.2万元，本年支出合计616.6万元，预算执行率为97.1%。")
            .Single();
        Assert.Equal("evaluation", project.ReportKind);
    }

    [Fact]
    public void A_later_section_named_basic_situation_does_not_name_the_kind()
    {
        var project = new Docs()
            .Para("三、项目基本情况")
            .Para("某县农村公路养护资金用于全县村道日常养护，全年安排资金80万元。")
            .Single();
        Assert.Null(project.ReportKind);
    }

    [Fact]
    public void A_self_evaluations_words_outrank_the_outline()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("本单位对村道养护项目开展了绩效自评，全年安排资金80万元。")
            .Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void An_evaluations_filing_date_after_the_period_it_covers_does_not_give_the_year()
    {
        var project = new Docs()
            .Para("财政支出项目绩效评价报告")
            .Para("项目名称:村道养护项目评价时间:2017年1月1日至2017年12月31日评价单位(盖章):某县交通运输局上报时间:2018年7月6日")
            .Single();
        Assert.Equal(2017, project.Year);
    }
}
