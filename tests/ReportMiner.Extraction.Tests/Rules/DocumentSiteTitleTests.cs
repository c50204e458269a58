using ReportMiner.TestSupport;

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

    [Fact]
    public void A_shared_files_name_below_the_sites_chrome_is_the_title_of_the_report_it_shows()
    {
        var record = new Docs()
            .Para("收藏 分销(赏)")
            .Para("全国农村改厕项目评估报告.doc")
            .Para("上传人:w****g 文档编号:2223039 上传时间:2024-05-23 格式:DOC 页数:49 大小:195.50KB")
            .Para("全国农村改厕项目评估报告.doc_第1页")
            .Para("2019年起，国家先后下达农村改厕项目总投资50亿元。受委托，专家组对项目进行检查评估。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Equal("全国农村改厕项目", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_shared_template_named_only_for_its_form_below_the_sites_chrome_is_no_report()
    {
        var record = new Docs()
            .Para("收藏 分销(赏)")
            .Para("绩效目标申报表.doc")
            .Para("上传人:精*** 文档编号:3995614 上传时间:2024-07-24 格式:DOC 页数:3 大小:50.04KB")
            .Para("绩效目标申报表.doc_第1页")
            .Para("附1: 某市部门预算项目支出绩效目标申报表 ( 年度) 编制单位(盖章): 项目基本情况 项目名称 项目负责人 联系电话 项目类别 1.重大课题(规划)□ 2.网络运行维护□ 3.考核奖励□ 4.大型培训□")
            .Extract();
        Assert.NotEqual("performance_report", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_file_name_deep_in_a_shared_page_is_an_attachments_link_not_the_shown_documents_title()
    {
        var docs = new Docs()
            .Para("上传人:w****g 文档编号:2223039 上传时间:2024-05-23 格式:DOC 页数:49 大小:195.50KB")
            .Para("2022年度重点项目绩效评价结果公开");
        for (var n = 1; n <= 10; n++) docs.Para($"第{n}批项目的绩效目标均已完成，项目资金执行率较高。");
        var record = docs
            .Para("某县农村公路养护项目绩效评价报告.pdf")
            .Para("某县污水处理站运营项目绩效评价报告.pdf")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_notice_linking_thousands_of_attached_reports_is_read_in_time()
    {
        var docs = new Docs().Para("某市财政局关于公开绩效评价报告的通知");
        for (var n = 0; n < 16000; n++) docs.Para($"附件{n}：某某县第{n}项目绩效评价报告.pdf");
        var record = HangGuard.Within(TimeSpan.FromSeconds(15), () => docs.Extract());
        Assert.NotNull(record.DocumentKind);
    }
}
