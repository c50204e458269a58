using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Texts that speak of performance evaluation without being a report of one.</summary>
public sealed class NonReportTests
{
    [Fact]
    public void News_of_a_notice_on_self_evaluation_is_news_with_no_project()
    {
        var record = new Docs().Para("省财政厅近日印发《关于开展2023年度项目支出绩效自评工作的通知》，要求各部门全面开展绩效自评。")
            .Para("通知明确，各部门对照年初设定的绩效目标，逐项填报实际完成值，确保绩效自评覆盖率达到100%。").Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
        Assert.Contains(record.Warnings, w => w.Contains("not a performance report", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_sharing_sites_download_page_is_not_a_report()
    {
        var record = new Docs().Para("格式:DOCX , 页数:8 ,大小:20.1KB ,").Para("资源ID:1234567      下载积分:3 金币")
            .Para("快捷下载").Para("下载须知").Para("本文(某某项目支出绩效自评报告.docx)为本站会员主动上传，本站仅提供信息存储空间。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_in_prose_with_amounts_stays_a_report()
    {
        var record = new Docs().Para("按照县财政局要求，我局对农村公路养护项目开展了绩效自评。")
            .Para("项目年度预算资金260万元，实际支出251万元，预算执行率96.54%。").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Equal(260, Assert.Single(record.Projects).BudgetWan);
    }
}
