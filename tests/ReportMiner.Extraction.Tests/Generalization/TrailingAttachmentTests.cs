using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A funds-allocation notice ends by naming the 绩效目标表 it attaches, above its signature: the form is another document
/// the page does not show, so its name makes the notice no report. A report that follows its 附件 line is shown, not named.
/// </summary>
public sealed class TrailingAttachmentTests
{
    private static Docs Notice(params string[] ending)
    {
        // A portal's copy without the addressees' line, whose form alone would tell a circular.
        var docs = new Docs()
            .Para("根据省级专项资金管理办法，现下达2024年社区安全宣传专项资金120万元，其中：甲县40万元、乙县80万元。请加强资金管理，确保专款专用。");
        foreach (var line in ending) docs = docs.Para(line);
        return docs;
    }

    [Fact]
    public void A_notice_ending_on_the_name_of_its_attached_target_form_reads_as_other_with_no_project()
    {
        var record = Notice("附件：社区安全宣传专项资金项目绩效目标表", "某市财政局", "2024年8月12日").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_numbered_attachment_list_above_a_download_link_is_named_not_shown()
    {
        var record = Notice("附件：1. 2024年社区安全宣传专项资金分配表", "2. 社区安全宣传专项资金绩效目标表", "下载相关附件").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_self_evaluation_report_under_its_attachment_line_stays_a_report()
    {
        var record = new Docs()
            .Para("关于报送社区安全宣传经费绩效自评报告的函")
            .Para("附件：社区安全宣传经费绩效自评报告")
            .Para("社区安全宣传经费绩效自评报告")
            .Para("一、项目概况。该项目年初预算120万元，全年执行118万元，预算执行率98.33%。")
            .Para("二、绩效目标完成情况。发放宣传手册850份，宣传活动覆盖率96%。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }
}
