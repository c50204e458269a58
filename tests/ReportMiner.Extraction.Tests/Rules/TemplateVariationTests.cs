using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Tables that other templates print differently from the national form (issue 7's perturbations): a cell of text
/// wrapped onto its own line, a bracket wrapped open, a header split over two rows, the header printed again.
/// </summary>
public sealed class TemplateVariationTests
{
    private static string Facts(ProjectRecord project) =>
        string.Join(" | ", project.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}/{i.Target?.Text}/{i.Actual?.Text}/{i.Weight}/{i.Score}"));

    [Fact]
    public void A_line_that_closes_the_bracket_a_name_left_open_is_the_name_tail_and_the_rows_below_keep_their_levels()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t新建村级活动场所数量\t≥6个",
            "满意度指标\t服务对象满意度指标\t村民满意度(\t≥90%",
            "≥**%)",
            "\t\t驻村干部满意度(\t≥85%",
            "≥**%)",
            "\t\t老党员满意度(\t≥95%",
            "≥**%)",
            "填报人：张某");
        Assert.Equal(["服务对象满意度指标"], project.Indicators.Skip(1).Select(i => i.Level2).Distinct());
        Assert.Equal(4, project.Indicators.Count);
    }

    [Fact]
    public void A_line_wider_than_the_name_is_the_rest_of_the_wider_criterion_cell_and_leaves_the_name_alone()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
            "项目决策\t决策依据\t立项规范性\t5\t项目按规定程序申请设立,审批文件与材料符合\t5",
            "相关要求,事前经过必要的论证",
            "\t\t目标合理性\t5\t绩效目标与实际工作内容具有相关性\t4",
            "项目过程\t资金管理\t资金到位率\t10\t实际到位资金与预算资金的比率\t10");
        Assert.Equal(["立项规范性", "目标合理性", "资金到位率"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_name_wrapped_under_a_wider_criterion_cell_keeps_its_tail()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
            "项目决策\t决策依据\t项目立项规范\t5\t项目按规定程序申请设立,审批文件与材料符合\t5",
            "性",
            "项目过程\t资金管理\t资金到位率\t10\t实际到位资金与预算资金的比率\t10");
        Assert.Equal(["项目立项规范性", "资金到位率"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_header_cut_mid_word_into_two_rows_reads_its_points_column_though_the_bare_first_half_names_another()
    {
        var project = TextReports.Single(
            "序号\t一级\t二级\t三级\t指标\t指标解\t评分\t备注\t自评",
            "\t指标\t指标\t指标\t分值\t释说明\t标准\t\t",
            "1\t投入\t项目立项\t立项依据充分性\t2\t考核立项是否符合政策。\t符合得1分;\t\t2",
            "2\t\t\t绩效目标编制\t4\t考核是否制定目标。\t制定得1分。\t\t4",
            "3\t产出\t产出数量\t检查覆盖人数\t10\t考核完成情况。\t完成得满分。\t\t9");
        Assert.Equal("投入/项目立项/立项依据充分性///2/2 | 投入/项目立项/绩效目标编制///4/4 | 产出/产出数量/检查覆盖人数///10/9", Facts(project));
    }

    [Fact]
    public void A_wrapped_name_followed_by_an_unfilled_slot_line_keeps_the_rows_after_them_under_their_levels()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t质量指标\t指标1.药品抽检完成率\t100%\t100%",
            "\t\t指标2.医疗器械抽\t100%\t100%",
            "验完成率",
            "指标3.不合格产品处置率",
            "\t\t指标4.化妆品不良反应报告数\t≥10\t12",
            "\t时效指标\t指标1.任务完成时间\t2021年底\t2021年底");
        var report = project.Indicators.Single(i => i.Name.Contains("化妆品不良反应报告数"));
        Assert.Equal(("产出指标", "质量指标"), (report.Level1, report.Level2));
        Assert.Contains(project.Indicators, i => i.Name.Contains("医疗器械抽验完成率"));
    }

    [Fact]
    public void A_header_whose_words_wrapped_onto_a_second_row_under_a_points_figure_reads_as_one_row()
    {
        var project = TextReports.Single(
            "一级\t二级\t三级\t年度指\t实际完成\t50",
            "指标\t指标\t指标\t标值\t指标值\t",
            "产出指标\t数量指标\t抽检食品批次\t≥300批次\t320批次\t5",
            "\t\t违法案件查办率\t100%\t100%\t4",
            "效益指标\t社会效益指标\t公众科普知识素养\t逐步提高\t逐步提高\t3");
        Assert.Equal(
            "产出指标/数量指标/抽检食品批次/≥300批次/320批次//5"
            + " | 产出指标/数量指标/违法案件查办率/100%/100%//4"
            + " | 效益指标/社会效益指标/公众科普知识素养/逐步提高/逐步提高//3",
            Facts(project));
    }

    [Fact]
    public void A_header_printed_again_under_a_header_read_from_its_rows_is_no_indicator_and_names_no_level()
    {
        const string header = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成指标值\t50";
        var project = TextReports.Single(
            header,
            "产出指标\t数量指标\t抽检食品批次\t≥300批次\t320批次\t5",
            "\t\t违法案件查办率\t100%\t100%\t4",
            header,
            "\t时效指标\t完成时间\t2021年12月31日\t2021年12月31日\t5",
            "效益指标\t社会效益指标\t公众科普知识素养\t逐步提高\t逐步提高\t3");
        Assert.Equal(
            "产出指标/数量指标/抽检食品批次/≥300批次/320批次//5"
            + " | 产出指标/数量指标/违法案件查办率/100%/100%//4"
            + " | 产出指标/时效指标/完成时间/2021年12月31日/2021年12月31日//5"
            + " | 效益指标/社会效益指标/公众科普知识素养/逐步提高/逐步提高//3",
            Facts(project));
    }

    [Fact]
    public void An_attachment_heading_after_the_last_row_is_no_tail_of_its_name()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t抽检食品批次\t≥300批次\t320批次",
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥95%\t96%",
            "",
            "附件2",
            "2023年度农村公路养护项目绩效目标表");
        Assert.Equal(["抽检食品批次", "群众满意度"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_page_number_glued_in_front_of_a_numbered_slot_is_left_out_of_the_name()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t指标1：抽检食品批次\t≥300批次\t320批次",
            "2、指标2：违法案件查办率\t100%\t100%",
            "指标3.监管企业数\t≥21\t85");
        Assert.Equal(["抽检食品批次", "违法案件查办率", "监管企业数"], project.Indicators.Select(i => i.Name));
    }
}
