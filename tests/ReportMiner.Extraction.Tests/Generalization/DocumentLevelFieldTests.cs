using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// Document-level fields (issue 7): what the document is, the project's name, kind and department, read from the shapes
/// the genre's pages take — a document site's run-together text, a funds notice, a target or appraisal form's title.
/// </summary>
public sealed class DocumentLevelFieldTests
{
    private static DocumentRecord Extract(params string[] lines)
    {
        using var dir = new TempDirectory();
        var path = dir.File("page.txt");
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        var document = new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, ParseLimits.Default));
        return RuleBasedExtractor.Default.Extract(document, "sha");
    }

    [Fact]
    public void A_title_a_document_site_ran_into_the_opening_sentence_names_the_project_and_keeps_the_report()
    {
        var record = Extract(
            "1、- 1 -2020年度农村公路养护专项资金绩效自评报告根据县财政局关于开展2020年度专项支出绩效自评工作的通知要求，我局成立自评工作小组，对该专项资金开展了绩效自评，现将有关情况报告如下。",
            "2、一是及时拨付资金，二是加强项目管理，三是开展实地核查，确保资金使用安全规范。");
        Assert.Equal("performance_report", record.DocumentKind);
        var project = Assert.Single(record.Projects);
        Assert.Equal("农村公路养护专项资金", project.Name);
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_report_captured_on_one_line_is_not_page_chrome_for_the_document_stamp_glued_before_it()
    {
        var report = "作者 2019-05-22T04:56:35Z 2020-06-13T11:21:51Z False False 项目支出绩效自评表 (2020年度) 项目名称 乡村道路养护 "
            + string.Concat(Enumerable.Repeat("产出指标 数量指标 养护里程 ≥120公里 125公里 10 10 ", 12));
        Assert.True(PageChrome.IsChrome("作者 2019-05-22T04:56:35Z 2020-06-13T11:21:51Z 15.00 False False"));
        Assert.False(PageChrome.IsChrome(report));
    }

    [Fact]
    public void A_document_viewers_page_counter_is_page_chrome_and_a_chapter_heading_is_not()
    {
        Assert.True(PageChrome.IsChrome("第1页 / 共10页"));
        Assert.False(PageChrome.IsChrome("第一章 总则"));
    }

    [Fact]
    public void A_funds_notice_whose_title_opens_with_its_issuer_is_a_notice_though_it_names_a_target_table()
    {
        var record = Extract(
            "某省财政厅关于下达2021年中央林业改革发展资金预算指标的通知",
            "省自然资源厅，有关市财政局：",
            "根据财政部有关要求，经研究，现下达2021年中央林业改革发展资金预算指标，主要用于国土绿化、湿地等生态保护支出。请加强资金管理，对照绩效目标做好绩效运行监控，确保年度绩效目标如期实现。",
            "附件：1.2021年中央林业改革发展资金分配表",
            "2.2021年中央林业改革发展资金区域绩效目标表",
            "单位\t小计\t造林\t森林抚育",
            "合计\t9746\t573\t844");
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_notices_closing_line_is_its_form_though_a_wrong_encoding_turned_its_indent_into_question_marks()
    {
        var record = Extract(
            "某市财政局关于下达2024年中央基建投资预算的函",
            "某区财政局：",
            "??根据财政部有关通知，现下达你局中央基建投资预算指标5000万元，专项用于某中学建设项目。请对照绩效目标做好绩效监控，确保年度绩效目标如期实现。",
            "??特此通知。",
            "??某市财政局",
            "??2024年6月27日");
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void An_ex_ante_appraisal_report_is_an_evaluation_named_by_the_line_above_its_title()
    {
        var project = Assert.Single(Extract(
            "某县城区污水处理特许经营项目",
            "事前绩效评估报告",
            "一、评估结论",
            "评估组通过数据采集和实地调研，对项目立项必要性、投入经济性、绩效目标合理性进行了评估，项目总得分90.5分。").Projects);
        Assert.Equal("evaluation", project.ReportKind);
        Assert.Equal("某县城区污水处理特许经营项目", project.Name);
    }

    [Fact]
    public void A_form_that_names_only_the_executing_unit_gives_it_as_the_department()
    {
        var project = Assert.Single(Extract(
            "2021年度项目支出绩效目标表",
            "项目名称\t某镇中心小学校舍维修",
            "项目执行单位\t某县第二中学校",
            "项目资金（万元）\t年度资金总额\t30").Projects);
        Assert.Equal("某县第二中学校", project.Department);
    }

    [Fact]
    public void A_target_approval_form_is_a_target_report_named_by_its_title()
    {
        var project = Assert.Single(Extract(
            "2023年某乡加工园配套设施建设项目支出绩效目标审批表",
            "一、项目总体概况",
            "新建中药材晾晒房一座，硬化室外晒坝420平方米。").Projects);
        Assert.Equal("target", project.ReportKind);
        Assert.Equal("某乡加工园配套设施建设项目", project.Name);
    }

    [Fact]
    public void A_management_committee_standing_above_the_title_is_the_department()
    {
        var project = Assert.Single(Extract(
            "宁夏贺兰山东麓葡萄酒产业园区管委会",
            "2021年葡萄酒产业发展项目支出绩效评价情况",
            "根据有关通知要求，园区高度重视，成立组织机构，开展了2021年葡萄酒产业发展项目支出绩效评价。").Projects);
        Assert.Equal("宁夏贺兰山东麓葡萄酒产业园区管委会", project.Department);
    }

    [Fact]
    public void A_district_name_misspelt_by_ocr_before_the_year_is_no_part_of_the_project_name()
    {
        var project = Assert.Single(Extract(
            "宝延区2019年林业改革发展资金支出绩效评价报告",
            "根据市财政局有关通知要求，结合我区实际情况，对林业改革发展资金开展了绩效评价，资金30万元已全部拨付。").Projects);
        Assert.Equal("林业改革发展资金", project.Name);
    }
}
