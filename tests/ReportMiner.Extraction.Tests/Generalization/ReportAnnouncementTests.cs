using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A unit reporting up announces its report ("现将有关情况报告如下"): an evaluation report cut before its title, figures
/// and forms is still a report, where a text that only speaks of performance evaluation is not.
/// </summary>
public sealed class ReportAnnouncementTests
{
    private static Docs Opening(string announcing) => new Docs()
        .Para("根据省财政厅《关于做好2023年度省级财政资金绩效自评工作的通知》要求，我局开展了2023年度社区安全宣传专项资金绩效自评。" + announcing)
        .Para("1.《财政支出绩效评价管理暂行办法》")
        .Para("2.《关于全面推进预算绩效管理的意见》");

    [Fact]
    public void An_opening_that_announces_its_report_stays_a_report()
    {
        var record = Opening("现将相关情况报告如下。").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void The_same_opening_without_the_announcement_has_no_project()
    {
        Assert.Empty(Opening("").Extract().Projects);
    }

    [Fact]
    public void An_announced_rectification_is_no_report_announcement()
    {
        Assert.Empty(Opening("现将整改情况报告如下。").Extract().Projects);
    }
}
