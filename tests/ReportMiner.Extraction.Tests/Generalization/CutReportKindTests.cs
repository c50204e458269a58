using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// What decides the kind of an excerpt that lost its title: a report's outline headings, a news item's dated message, and
/// the rules a report kept to named without brackets.
/// </summary>
public sealed class CutReportKindTests
{
    [Fact]
    public void An_evaluation_report_cut_before_its_title_still_reads_as_a_report_from_its_outline_headings()
    {
        var record = new Docs()
            .Para("一、项目基本情况")
            .Para("（一）项目立项背景及实施目的")
            .Para("某省在以往城市建设中建设了部分合流管网，已不适应城市发展需要，各地要求在三年内完成改造。")
            .Para("（二）项目预算安排和支出情况")
            .Para("2022年3月，省财政厅下达2022年省级管网改造奖补资金3.8亿元。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void An_item_dated_as_an_offices_message_is_news_even_where_it_quotes_an_evaluations_score()
    {
        var record = new Docs()
            .Para("我省某补助资金绩效评价全国第一")
            .Para("省林业局4月25日消息，在财政部组织开展的2021年中央财政某补助资金重点绩效评价中，我省得到94.2分，绩效评价连续5年获评优秀。")
            .Para("绩效评价组对补助资金使用情况和绩效目标实现情况进行了综合评价，要求进一步完善项目管理机制。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_that_names_the_rules_it_kept_to_without_brackets_is_no_policy()
    {
        var record = new Docs()
            .Para("一、基本情况")
            .Para("（一）项目资金安排情况。2020年省级财政安排少数民族发展资金共2亿元，资金全部采用因素法进行分配。")
            .Para("根据资金管理办法规定，项目审批权下放到县。省民族宗教委按照管理办法要求及时制定资金分配方案，报送省财政厅审核。")
            .Para("各县民族工作部门从项目库中选取年度实施的项目，按当地财政资金项目管理程序审批后实施。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_regulation_that_names_itself_a_管理办法_stays_policy()
    {
        var record = new Docs()
            .Para("某县专项资金管理办法")
            .Para("为规范专项资金管理，提高资金使用效益，根据预算法有关规定，制定本办法。")
            .Para("本办法所称专项资金，是指县级财政安排的、用于特定事项的资金。项目绩效目标由主管部门设定。")
            .Para("本办法自印发之日起施行，原管理办法同时废止。")
            .Extract();
        Assert.Equal("policy", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_document_sites_page_that_repeats_the_file_name_of_the_report_it_shows_is_that_report_not_a_notice_linking_reports()
    {
        var record = new Docs()
            .Para("上传人：b****5 文档编号：123456 上传时间：2022-12-31 格式：DOCX 页数：18")
            .Para("某县工业园区污水处理站运营管理项目绩效评价报告.docx")
            .Para("第1页 / 共18页")
            .Para("某县工业园区污水处理站运营管理项目绩效评价报告.docx")
            .Para("一、项目基本情况")
            .Para("项目年度预算资金392万元，实际支出343万元，项目运营管理情况良好。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_page_linking_two_different_reports_is_still_the_notice_that_publishes_them()
    {
        var record = new Docs()
            .Para("某县财政局2023年度绩效评价结果公开")
            .Para("附件1：某县农村公路养护项目绩效评价报告.pdf")
            .Para("附件2：某县污水处理站运营项目绩效评价报告.pdf")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }
}
