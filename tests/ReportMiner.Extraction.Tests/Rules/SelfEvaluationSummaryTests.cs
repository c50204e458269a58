namespace ReportMiner.Extraction.Tests.Rules;

public sealed class SelfEvaluationSummaryTests
{
    private static Docs TwoSummaries(string first, string second, string word = "绩效自评综述") => new Docs()
        .Para("某省某厅2020年度部门决算")
        .Para("根据预算绩效管理要求，本部门组织对2020年度项目支出全面开展绩效自评，共涉及项目12个，资金8500万元。")
        .Para(first + "科技创新平台建设项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为96分。全年预算数为1000万元，执行数为980万元，完成预算的98%。")
        .Para(second + "农业技术推广经费" + word + "：根据年初设定的绩效目标，项目自评得分为92.5分。全年预算数为300万元，执行数为270万元，完成预算的90%。");

    [Theory]
    [InlineData("", "")]
    [InlineData("1.", "2.")]
    [InlineData("1、", "2、")]
    [InlineData("（1）", "（2）")]
    public void Self_evaluation_summaries_of_two_projects_open_one_project_each_whatever_numbers_them(string first, string second)
    {
        var record = TwoSummaries(first, second).Extract();
        Assert.Equal(["科技创新平台建设项目", "农业技术推广经费"], record.Projects.Select(p => p.Name));
        Assert.Equal(new double?[] { 1000, 300 }, record.Projects.Select(p => p.BudgetWan));
        Assert.Equal(new double?[] { 980, 270 }, record.Projects.Select(p => p.ActualWan));
        Assert.Equal(new double?[] { 96, 92.5 }, record.Projects.Select(p => p.Score));
    }

    [Theory]
    [InlineData("自评综述")]
    [InlineData("绩效评价综述")]
    public void A_summary_the_template_words_without_performance_or_as_an_evaluation_opens_its_project_too(string word)
    {
        var record = TwoSummaries("", "", word).Extract();
        Assert.Equal(["科技创新平台建设项目", "农业技术推广经费"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void One_projects_summary_leaves_the_report_one_project()
    {
        var record = new Docs()
            .Para("某市某局2021年公共文化服务体系建设专项资金决算情况")
            .Para("公共文化服务体系项目绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为95分。全年预算数为200万元，执行数为179.43万元，完成预算的89.7%。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_project_summarised_again_later_does_not_split_the_report()
    {
        var record = new Docs()
            .Para("某县某局2022年度项目支出绩效自评报告")
            .Para("科技创新平台建设项目绩效自评综述：全年预算数为1000万元，执行数为980万元。")
            .Para("农业技术推广经费绩效自评综述：全年预算数为300万元，执行数为270万元。")
            .Para("科技创新平台建设项目绩效自评综述：项目按计划完成。")
            .Extract();
        Assert.True(record.Projects.Count <= 1);
    }

    [Fact]
    public void A_summary_heading_that_names_only_a_year_and_the_word_project_opens_no_project()
    {
        var record = new Docs()
            .Para("某县某局2022年度项目支出绩效自评报告")
            .Para("2022年度项目绩效自评综述：全年预算数为1300万元，执行数为1250万元。")
            .Para("农业技术推广经费绩效自评综述：全年预算数为300万元，执行数为270万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void One_project_summarised_again_without_its_ending_stays_one_project()
    {
        var record = new Docs()
            .Para("某县科技局2021年度项目支出绩效自评报告")
            .Para("科技创新平台建设项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为96分。全年预算数为1000万元，执行数为980万元。")
            .Para("一、项目基本情况")
            .Para("二、绩效目标完成情况")
            .Para("科技创新平台建设绩效自评综述：项目按计划完成，平台投入使用。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void Two_counties_shares_of_one_project_summarised_apart_stay_one_project()
    {
        var record = new Docs()
            .Para("某市交通运输局2021年度农村公路养护项目绩效自评报告")
            .Para("根据预算绩效管理要求，本局组织对农村公路养护项目开展绩效自评，资金800万元分配至两个县。")
            .Para("甲县农村公路养护项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为95分。全年预算数为500万元，执行数为480万元。")
            .Para("乙县农村公路养护项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为92分。全年预算数为300万元，执行数为290万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_funds_parts_summarised_under_it_are_not_projects_of_their_own()
    {
        var record = new Docs()
            .Para("某县农业农村局2021年度农业生产发展资金绩效自评报告")
            .Para("农业生产发展资金绩效自评综述：根据年初设定的绩效目标，项目自评得分为95分。全年预算数为800万元，执行数为760万元。")
            .Para("其中耕地地力保护补贴绩效自评综述：全年预算数为500万元，执行数为500万元。")
            .Para("其中农机购置补贴绩效自评综述：全年预算数为300万元，执行数为260万元。")
            .Extract();
        Assert.Equal(["农业生产发展资金"], record.Projects.Select(p => p.Name));
    }
}
