namespace ReportMiner.Extraction.Tests.Rules;

public sealed class DocumentSiteTitleTests
{
    [Fact]
    public void A_document_sites_file_name_above_the_report_does_not_make_it_a_notice_of_attachments()
    {
        var record = new Docs()
            .Para("某中心2022年整体绩效自评总结报告.docx")
            .Para("一、绩效管理工作开展情况。我单位按照文件要求，对本单位整体支出和项目支出开展全过程预算绩效管理。")
            .Para("二、项目绩效自评情况。我单位共有1个项目批复了绩效目标，项目金额46.00万元，预算执行率100%。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_document_sites_file_name_is_the_title_even_when_the_excerpt_shows_little_else()
    {
        var record = new Docs()
            .Para("某县2021年农村公路养护项目绩效自评报告.docx")
            .Para("一、项目基本情况")
            .Para("项目年度预算资金260万元，实际支出251万元。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Equal("农村公路养护项目", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_page_listing_several_attached_reports_is_still_the_notice_that_publishes_them()
    {
        var record = new Docs()
            .Para("关于公开2022年度重点项目绩效评价结果的通知")
            .Para("现将评价结果予以公开，详见附件。")
            .Para("附件1：某某道路建设项目绩效评价报告.pdf")
            .Para("附件2：某某补助资金绩效评价报告.pdf")
            .Extract();
        Assert.NotEqual("performance_report", record.DocumentKind);
        Assert.Empty(record.Projects);
    }
}
