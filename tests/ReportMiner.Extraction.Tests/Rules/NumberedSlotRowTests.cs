using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Forms that number their indicators in the name column ("指标1.", "指标2：") print each name in its own slot: a
/// slot with a name opens an indicator of its own. Its line is never the wrapped end of the name above, its cell never
/// a level cell, and a slot row whose values were left blank (a line of its own in a text export) still names an
/// indicator under the levels of the row above, with the table going on below it.
/// </summary>
public sealed class NumberedSlotRowTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t指标值\t完成值";

    [Fact]
    public void A_numbered_name_on_a_line_of_its_own_is_the_next_indicator_not_the_end_of_the_name_above()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t质量指标\t指标1.药品抽检完成率\t100%\t100%",
            "指标2.医疗器械抽验完成率\t100%\t100%",
            "指标3.不合格产品处置率",
            "指标4:药品不良反应每百万人口报告数\t≥150\t150",
            "指标5:化妆品不良反应每百万人口报告数\t≥10\t10");
        Assert.Equal(["药品抽检完成率", "医疗器械抽验完成率", "不合格产品处置率", "药品不良反应每百万人口报告数", "化妆品不良反应每百万人口报告数"],
            project.Indicators.Select(i => i.Name));
        var blank = project.Indicators[2];
        Assert.Equal(("产出指标", "质量指标"), (blank.Level1, blank.Level2));
        Assert.Null(blank.Target);
        Assert.Equal("≥150", project.Indicators[3].Target!.Text);
    }

    [Fact]
    public void A_numbered_name_on_a_line_of_its_own_before_the_header_printed_again_is_an_indicator_of_the_part_above()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t质量指标\t指标1.药品抽检完成率\t100%\t100%",
            "指标2.不合格产品处置率",
            Header,
            "指标3:医疗器械抽验完成率\t100%\t100%");
        var blank = Assert.Single(project.Indicators, i => i.Name == "不合格产品处置率");
        Assert.Equal(("产出指标", "质量指标"), (blank.Level1, blank.Level2));
    }

    [Fact]
    public void A_numbered_name_after_a_level_2_label_is_the_name_not_the_level_2()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t时效指标\t指标1.任务完成时间\t2021年底\t2021年底",
            "成本指标\t指标1.培训成本\t400元/人、天\t180元/人、天",
            "效益指标\t社会效益指标\t指标1.群众知晓率\t≥90%\t95%");
        var cost = Assert.Single(project.Indicators, i => i.Name == "培训成本");
        Assert.Equal(("成本指标", "400元/人、天"), (cost.Level2, cost.Target!.Text));
    }

    [Fact]
    public void A_slot_filled_with_a_name_opens_an_indicator_and_a_bare_or_cut_slot_does_not()
    {
        Assert.True(IndicatorNames.OpensFilledSlot("指标4.不合格产品处置率"));
        Assert.True(IndicatorNames.OpensFilledSlot("指标 2：新建保鲜库面积"));
        Assert.False(IndicatorNames.OpensFilledSlot("指标2："));
        Assert.False(IndicatorNames.OpensFilledSlot("指标完成率"));
        Assert.False(IndicatorNames.OpensFilledSlot("指标1.5万亩"));
    }
}
