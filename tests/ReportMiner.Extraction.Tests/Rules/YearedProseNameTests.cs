namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A prose report with no title or form names its project with the year, where it states its money or results.</summary>
public sealed class YearedProseNameTests
{
    [Fact]
    public void A_name_the_year_opens_and_the_budget_closes_is_the_project_when_the_report_comes_back_to_it()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("2022年度乡村道路养护专项经费预算40万元，全年实际支出38万元，现将绩效自评情况报告如下。")
            .Para("二、项目绩效自评情况")
            .Para("乡村道路养护专项经费由镇财政所统一管理，专款专用。")
            .Single();
        Assert.Equal("乡村道路养护专项经费", project.Name);
    }

    [Fact]
    public void A_place_and_year_before_the_name_belong_to_the_sentence()
    {
        var project = new Docs()
            .Para("本次评价对象为某县2021年度河道保洁补助资金绩效评价综合得分86.5分，等次为良。")
            .Para("一、项目基本情况")
            .Para("河道保洁补助资金用于全县河道日常保洁。")
            .Single();
        Assert.Equal("河道保洁补助资金", project.Name);
    }

    [Fact]
    public void A_fund_named_once_where_the_money_came_from_names_no_project()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("上级下达2022年度中央水利发展资金预算120万元，现将绩效自评情况报告如下。")
            .Para("二、项目绩效自评情况")
            .Para("全年实际支出118万元，预算执行率98.3%。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_yeared_sentence_on_who_paid_the_money_over_names_no_project()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("2023年度省级拨付我区农机购置补贴资金62万元，中央拨付16万元。")
            .Para("二、项目绩效自评情况")
            .Para("2023年度省级拨付我区农机购置补贴资金62万元，已全部兑付。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_yeared_name_carried_out_by_a_unit_is_the_project_when_the_report_comes_back_to_it()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("2020年乡村学校营养餐补助资金项目由某县教育局实施完成，现将有关情况报告如下。")
            .Para("二、项目绩效自评情况")
            .Para("乡村学校营养餐补助资金项目覆盖全县小学。")
            .Single();
        Assert.Equal("乡村学校营养餐补助资金项目", project.Name);
    }

    [Fact]
    public void A_yeared_name_followed_by_the_grounds_it_was_set_up_on_is_the_project_when_the_report_comes_back_to_it()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("2021年度城区路灯维护项目根据市政设施管理办法设立，用于城区路灯日常维护。")
            .Para("二、项目绩效自评情况")
            .Para("城区路灯维护项目全年完成维修2000盏。")
            .Single();
        Assert.Equal("城区路灯维护项目", project.Name);
    }

    [Fact]
    public void A_yeared_name_followed_by_its_grounds_but_never_named_again_names_no_project()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("2021年度城区路灯维护项目根据市政设施管理办法设立，用于城区路灯日常维护。")
            .Para("二、项目绩效自评情况")
            .Para("全年完成维修2000盏，群众满意度95%。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }
}
