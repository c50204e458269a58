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
