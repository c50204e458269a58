using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A fund's use announcement (现将…使用情况公告如下) tells what the money went to, not how a project performed: it is no
/// report. One that announces a self-evaluation, or holds an assessment's result, stays a report.
/// </summary>
public sealed class FundUseNoticeTests
{
    private static Docs Notice(string announcing, string last) => new Docs()
        .Para("2023年某县老年人助餐项目由省级福利彩票公益金支持实施。按照彩票公益金使用管理有关规定，" + announcing)
        .Para("一、项目名称")
        .Para("2023年某县老年人助餐项目。")
        .Para("二、项目主要内容")
        .Para("为全县60名困难老年人提供助餐服务。")
        .Para("三、资金额度")
        .Para("8万元。")
        .Para("四、项目完成情况")
        .Para(last);

    [Fact]
    public void A_lottery_fund_use_announcement_with_no_assessment_reads_as_other_with_no_project()
    {
        var record = Notice("现将项目资金使用情况公告如下：", "五、项目绩效目标及完成情况").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void An_announced_self_evaluation_of_a_funds_use_stays_a_report()
    {
        var record = Notice("现将项目资金使用和管理自评报告使用情况公告如下：", "五、项目绩效目标及完成情况").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_use_announcement_that_gives_the_projects_score_stays_a_report()
    {
        var record = Notice("现将项目资金使用情况公告如下：", "五、项目绩效自评得分95分，评价等级为优。").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }
}
