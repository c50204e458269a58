namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Which year evidence names the budget year when a document writes several years.</summary>
public sealed class YearEvidenceTests
{
    [Fact]
    public void The_year_of_funds_allocated_in_advance_outranks_the_date_they_were_allocated_on()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("(一)中央下达预算和绩效目标情况。")
            .Para("2020年10月30日，中央以《财政部关于提前下达2021年农业相关转移支付资金预算的通知》文件下达我区农业生产发展专项转移支付预算463142万元。")
            .Para("二、绩效目标完成情况分析")
            .Single();
        Assert.Equal(2021, project.Year);
    }

    [Fact]
    public void The_year_of_funds_allocated_in_advance_outranks_an_older_year_in_the_special_fund_name()
    {
        var project = new Docs()
            .Para("某区财政局关于下达2023年省级地质灾害防治专项资金的通知")
            .Para("根据《某市财政局关于提前分解下达2023年省级地质灾害防治专项资金(第一批)的通知》，现将资金下达给你们。")
            .Table("专项名称\t2022年度省级对下转移支付地质灾害防治专项资金", "年度目标\t完成地质灾害治理工程2处")
            .Single();
        Assert.Equal(2023, project.Year);
    }

    [Fact]
    public void A_disclosure_page_title_year_outranks_a_later_budget_year_the_text_applies_for()
    {
        var project = new Docs()
            .Para("名称: 市文旅局2023年项目及绩效目标情况 文号:")
            .Para("发布日期: 2023-05-12")
            .Para("市文旅局2023年项目及绩效目标情况")
            .Para("1.非遗传承与保护")
            .Para("1)项目概述。加强专项资金管理和监督，推进文化生态保护区建设。")
            .Para("3)实施主体。某市文化和旅游局。")
            .Para("4)起止时间。全年。")
            .Para("5)项目内容。积极申报2024年度国家级非遗代表性项目，开展非遗项目展示展演。")
            .Para("6)资金安排。项目预算资金50万元。")
            .Para("7)绩效目标。开展非遗展演活动不少于10场，群众满意度不低于90%。")
            .Single();
        Assert.Equal(2023, project.Year);
    }

    [Fact]
    public void A_year_written_outside_a_period_outranks_the_year_the_period_opens_with()
    {
        var project = new Docs()
            .Para("支持新建高校建设项目绩效目标表")
            .Para("支持新建高校建设 省教育厅 专项资金 2020年-2022年")
            .Para("2021年金额：5000万元")
            .Para("2021年，推动新建高校完成主体工程建设，新增本专科学位3000个。")
            .Single();
        Assert.Equal(2021, project.Year);
    }

    [Fact]
    public void A_period_alone_gives_the_year_it_ends_in()
    {
        var project = new Docs()
            .Para("遗址保护性设施改造项目绩效目标表")
            .Para("(3)起止时间：遗址保护性设施及防排水工程：2020年11月——2021年7月止。")
            .Para("(4)项目资金：预算资金120万元。")
            .Single();
        Assert.Equal(2021, project.Year);
    }

    [Fact]
    public void A_span_of_whole_years_alone_gives_the_year_the_plan_opens_with()
    {
        var project = new Docs()
            .Para("支持新建高校建设项目绩效目标表")
            .Para("实施期限：2019年--2021年")
            .Para("新增本专科学位3000个。")
            .Single();
        Assert.Equal(2019, project.Year);
    }

    [Fact]
    public void A_year_written_before_a_period_dated_to_the_month_outranks_the_year_the_period_ends_in()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("下达2022年某省文化和旅游专项资金20万元，实施期限2022年6月--2023年6月。")
            .Single();
        Assert.Equal(2022, project.Year);
    }

    [Fact]
    public void Months_of_one_year_written_as_a_span_still_give_that_year()
    {
        var project = new Docs()
            .Para("某项目绩效运行监控报告")
            .Para("项目实施期限：2020年1月-12月。")
            .Para("2021年7月，项目移交某局管理。")
            .Single();
        Assert.Equal(2020, project.Year);
    }

    [Fact]
    public void A_sample_that_masks_its_years_has_none_though_the_sites_title_prints_one()
    {
        var project = new Docs()
            .Para("《2024年项目绩效监控报告(通用29篇)》")
            .Para("2024年项目绩效监控报告 篇1")
            .Para("一、项目基本情况")
            .Para("根据《关于开展20xx年度项目绩效运行监控工作的通知》要求，现将监控情况报告如下。")
            .Single();
        Assert.Null(project.Year);
    }

    [Theory]
    [InlineData("实施期限：2019-2021年")]
    [InlineData("实施期限：2019年-2021年")]
    public void A_span_of_whole_years_gives_its_first_year_however_the_span_is_written(string period)
    {
        var project = new Docs()
            .Para("支持新建高校建设项目绩效目标表")
            .Para(period)
            .Para("新增本专科学位3000个。")
            .Single();
        Assert.Equal(2019, project.Year);
    }

    [Theory]
    [InlineData("实施期限：2021年6月至2022年")]
    [InlineData("实施期限：2021年至2022年6月")]
    public void A_period_dated_to_the_month_at_one_end_is_work_that_gives_the_year_it_ends_in(string period)
    {
        var project = new Docs()
            .Para("遗址保护性设施改造项目绩效目标表")
            .Para(period)
            .Para("(4)项目资金：预算资金120万元。")
            .Single();
        Assert.Equal(2022, project.Year);
    }

    [Fact]
    public void A_masked_year_in_one_form_leaves_the_other_forms_year_alone()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t社区服务支出", "主管部门\t某区人民政府", "实施期限\t2022年1月至2022年12月")
            .Para("项目支出绩效自评表")
            .Table("项目名称\t道路养护支出", "主管部门\t某区人民政府", "实施期限\t20xx年1月至20xx年12月")
            .Extract();
        Assert.Equal(["社区服务支出", "道路养护支出"], record.Projects.Select(p => p.Name));
        Assert.Equal([2022, null], record.Projects.Select(p => p.Year));
    }

    [Fact]
    public void A_masked_year_in_the_first_form_is_not_shared_and_leaves_the_next_forms_year()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t道路养护支出", "主管部门\t某区人民政府", "实施期限\t20xx年1月至20xx年12月")
            .Para("项目支出绩效自评表")
            .Table("项目名称\t社区服务支出", "主管部门\t某区人民政府", "实施期限\t2022年1月至2022年12月")
            .Extract();
        Assert.Equal(["道路养护支出", "社区服务支出"], record.Projects.Select(p => p.Name));
        Assert.Equal([null, 2022], record.Projects.Select(p => p.Year));
    }
}
