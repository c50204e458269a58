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

    [Fact]
    public void A_self_evaluation_table_template_with_placeholders_is_other_with_no_project()
    {
        var record = new Docs().Para("2022年XX单位XX项目绩效自评表")
            .Table("项目名称\t<\t主管部门\t<",
                   "项目资金(万元)\t年初预算数\t全年执行数\t得分",
                   "年度资金总额\t\t\t",
                   "一级指标\t二级指标\t三级指标\t年度指标值",
                   "产出指标\t数量指标\t指标1:\t**个",
                   "^\t质量指标\t指标2:\t≥**%")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_scoring_sheet_holding_only_weights_and_no_unit_is_other()
    {
        var record = new Docs()
            .Table("一级指标\t二级指标\t三级指标\t分值\t得分",
                   "决策\t项目立项\t立项依据充分性\t5\t",
                   "^\t^\t立项程序规范性\t5\t",
                   "过程\t资金管理\t资金到位率\t10\t",
                   "产出\t产出数量\t实际完成率\t20\t")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_filled_self_evaluation_table_under_a_sample_sites_title_stays_a_report()
    {
        var record = new Docs().Para("项目支出绩效自评表(范例)")
            .Table("项目名称\t农村道路养护\t主管部门\t县交通运输局",
                   "项目资金(万元)\t年初预算数\t全年执行数\t执行率",
                   "年度资金总额\t120\t118\t98.3%")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Equal(120, Assert.Single(record.Projects).BudgetWan);
    }

    [Fact]
    public void A_rectification_report_on_an_evaluations_findings_is_other()
    {
        var record = new Docs().Para("某县财政局关于2021年度农业专项资金绩效评价")
            .Para("发现问题的整改情况报告")
            .Para("根据市财政局反馈的绩效评价结果，现将我县农业专项资金项目整改情况报告如下：")
            .Para("一、资金拨付不及时。已于6月底前全部拨付到位。").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_county_papers_item_dated_with_xun_on_its_bureaus_evaluations_is_news()
    {
        var record = new Docs().Para("某县财政局重点绩效评价工作稳步推进")
            .Para("新某县5月12日讯(通讯员 张三)今年以来，县财政局对教育、水利等12个项目开展重点绩效评价，涉及资金总额8600万元。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_papers_own_item_opening_with_benbaoxun_on_a_funds_indicators_is_news()
    {
        var record = new Docs()
            .Para("本报讯(张三 李四)今年某区首次将政策性农保纳入预算绩效目标考核。")
            .Para("今年，该区政策性农业保险财政预算安排为2100万元，其中区级资金900万元，上级资金1200万元。")
            .Para("为实现预算绩效目标，该区编制了绩效考核指标，分为4类：一是数量指标，主要是投保面积；二是质量指标，如参保率、结案率；三是时效性指标，主要是资金到账时间；四是社会效益指标，即参保农民满意度。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_news_item_whose_reporters_byline_stands_under_its_headline_is_news()
    {
        var record = new Docs()
            .Para("某市区域战略推进专项资金绩效评价得分居全省第一")
            .Para("(记者 王某某 通讯员 李某)")
            .Para("2016年,某市发改委争取省区域战略推进专项资金1亿元,扶持了全市22个重点项目建设。省财政厅委托第三方机构成立评价小组,根据省级重点项目绩效评价共性指标体系框架,设置13类评价指标,通过书面评审、实地考察、综合评价等方式,从决策、管理、产出和效果四个方面进行评价。")
            .Para("绩效评价报告认为,项目执行有效性较好,绩效目标完成率较高,资金对所支持领域起到了较好的支持和带动作用。我市获得96.47分,高出全省平均分2.86分。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_that_brackets_its_correspondents_training_inside_a_sentence_stays_a_report()
    {
        var record = new Docs().Para("2023年度宣传工作经费项目绩效自评报告")
            .Para("一、项目基本情况 项目预算12万元，实际支出11.5万元，预算执行率95.83%。")
            .Para("加强(通讯员培训)，全年培训基层通讯员120人次。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_department_budget_laid_out_in_the_national_outline_is_other_though_it_quotes_an_article()
    {
        var record = new Docs().Para("某县农业农村局").Para("2024年度部门预算")
            .Para("第一部分 某县农业农村局概况").Para("第二部分 某县农业农村局2024年度部门预算明细表")
            .Para("第三部分 某县农业农村局2024年度部门预算数据分析").Para("第四部分 名词解释")
            .Para("第一条 根据《某县机构改革方案》，设立某县农业农村局，为县政府工作部门。").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_circular_approving_performance_targets_whose_numbered_clauses_name_the_targets_gives_no_project()
    {
        var record = new Docs()
            .Para("某区财政局文件 某财绩﹝2023﹞1 号 关于下达 2023 年第一批补助资金绩效目标批复的通知 各镇(街道)、各区直有关单位: "
                + "现将审核通过的 2023 年第一批补助资金项目绩效目标批复给你单位,并就有关事项通知如下。 "
                + "一、本次批复的绩效目标将作为绩效运行监控、绩效自评的重要依据,原则上不作调整。 二、请你单位在绩效目标批复后 20 个工作日内予以公开。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_cut_short_after_its_numbered_target_section_stays_a_report()
    {
        var record = new Docs().Para("2023年度补助资金项目绩效自评报告")
            .Para("一、项目绩效目标 本项目年度绩效目标为改善农村人居环境。").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }
}
