namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A target form is filled in before the money is spent: it gives a budget but no spending or execution rate.</summary>
public sealed class TargetFormSpendingTests
{
    [Fact]
    public void A_target_forms_planned_execution_rate_and_grant_are_not_spending()
    {
        var project = new Docs()
            .Para("2023年加工园配套设施建设项目支出绩效目标审批表")
            .Table(
                "项目名称\t加工园配套设施建设项目",
                "项目资金\t项目总预算\t65",
                "当年年度预算\t65",
                "年度预算执行率\t100%")
            .Para("项目概况：2023年，县财政局拨付65万元用于加工园配套设施建设。")
            .Single();
        Assert.Equal("target", project.ReportKind);
        Assert.Equal(65, project.BudgetWan);
        Assert.Null(project.ActualWan);
        Assert.Null(project.ExecutionRatePct);
    }

    [Fact]
    public void A_target_forms_budget_is_the_years_money_not_the_plan_periods_printed_beside_it()
    {
        var project = new Docs()
            .Para("项目支出绩效目标表")
            .Table(
                "项目名称\t人工增雨作业项目",
                "项目资金（万元）\t中期资金总额：\t449.8万\t年度资金总额：\t189.8万",
                "其中：财政拨款\t449.8万\t其中：财政拨款\t189.8万")
            .Single();
        Assert.Equal(189.8, project.BudgetWan);
    }

    [Theory]
    [InlineData("项目单位应做好绩效监控，于预算年度结束后及时将项目绩效自评报告报我局备案。")]
    [InlineData("首页 > 绩效管理 > 绩效自评报告")]
    public void A_target_form_that_mentions_the_self_evaluation_due_after_its_year_still_has_no_spending(string mention)
    {
        var project = new Docs()
            .Para("2023年加工园配套设施建设项目支出绩效目标审批表")
            .Table(
                "项目名称\t加工园配套设施建设项目",
                "项目资金\t项目总预算\t65",
                "当年年度预算\t65",
                "年度预算执行率\t100%")
            .Para("项目概况：2023年，县财政局拨付65万元用于加工园配套设施建设。")
            .Para(mention)
            .Single();
        Assert.Equal("target", project.ReportKind);
        Assert.Null(project.ActualWan);
        Assert.Null(project.ExecutionRatePct);
    }

    [Fact]
    public void A_self_evaluation_form_keeps_its_spending_and_rate()
    {
        var project = new Docs()
            .Para("2023年度项目支出绩效自评表")
            .Table(
                "项目名称\t加工园配套设施建设项目",
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t65\t65\t60\t10\t92.3%\t9")
            .Single();
        Assert.Equal(60, project.ActualWan);
        Assert.Equal(92.3, project.ExecutionRatePct);
    }

    [Theory]
    [InlineData("项目支出绩效自评表")]
    [InlineData("浏览次数:来源:某县科技局时间:2023-10-07 14:43文字大小:[]背景色:项目支出绩效自评表")]
    public void A_page_titled_target_form_that_holds_a_self_evaluation_form_keeps_its_spending(string formTitle)
    {
        var project = new Docs()
            .Para("科学技术局2022年项目支出绩效目标表")
            .Para(formTitle)
            .Table(
                "项目名称\t科技特派员创业行动经费",
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t25\t25\t24\t10\t96%\t9.6")
            .Single();
        Assert.Equal(24, project.ActualWan);
        Assert.Equal(96, project.ExecutionRatePct);
    }
}
