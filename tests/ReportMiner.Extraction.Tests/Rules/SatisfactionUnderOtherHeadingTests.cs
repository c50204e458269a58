namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A satisfaction rate is what the people served said of the project wherever the report states it: under a heading
/// the outline does not name as results (a page that dropped the heading's number, "、项目绩效情况") it is still an
/// indicator with that actual (R535), while any other rate there stays background.
/// </summary>
public sealed class SatisfactionUnderOtherHeadingTests
{
    [Fact]
    public void A_satisfaction_rate_under_a_heading_about_something_else_is_an_indicator_but_another_rate_there_is_not()
    {
        var project = new Docs()
            .Para("某镇2022年度临时救助项目支出绩效自评报告")
            .Para("一、项目概况")
            .Para("全镇常住人口1.2万人,低保覆盖率6%。")
            .Para("二、项目资金使用情况")
            .Para("已兑现临时救助资金3.5万元。")
            .Para("、项目绩效情况")
            .Para("受助群众满意度97%。")
            .Single();
        var satisfaction = Assert.Single(project.Indicators);
        Assert.Equal(("受助群众满意度", 97.0), (satisfaction.Name, satisfaction.Actual!.Value!.Value));
    }

    [Fact]
    public void A_satisfaction_rate_in_the_report_s_background_is_a_past_year_s_and_no_indicator()
    {
        var project = new Docs()
            .Para("某镇2022年度临时救助项目支出绩效自评报告")
            .Para("一、项目概况")
            .Para("全镇常住人口1.2万人,上年度受助群众满意度95%。")
            .Para("二、项目资金使用情况")
            .Para("已兑现临时救助资金3.5万元。")
            .Single();
        Assert.Empty(project.Indicators);
    }
}
