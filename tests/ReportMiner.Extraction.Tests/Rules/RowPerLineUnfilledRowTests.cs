namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A form written one row per line whose value cells some rows left blank: the row is its name alone on its line, and
/// the table goes on below it. A level label the narrow level column broke over lines ("社会效益" / "指标") is one label.
/// </summary>
public sealed class RowPerLineUnfilledRowTests
{
    private static Docs Form() => new Docs()
        .Para("某区2021年度专项转移支付区域绩效目标自评表")
        .Para("二级指标 三级指标 指标值 完成值");

    [Fact]
    public void A_name_alone_on_its_line_is_a_row_without_values_and_the_rows_below_it_are_read()
    {
        var project = Form()
            .Para("质量指标 指标1.药品抽检完成率 100% 100%")
            .Para("指标2.不合格产品处置率")
            .Para("指标3.药品不良反应报告数 ≥150 150")
            .Para("成本指标 指标1.培训成本 400元/人 180元/人")
            .Para("指标2.药品抽验平均标准")
            .Para("指标3.化妆品抽验平均标准")
            .Para("满意度指标 服务对象满意度 ≥90% 95%")
            .Single();
        // The unfilled rows themselves carry nothing to report; the rows under them are what the table would lose.
        var filled = project.Indicators.Where(i => i.Target is not null).ToList();
        Assert.Equal(["药品抽检完成率", "药品不良反应报告数", "培训成本", "服务对象满意度"], filled.Select(i => i.Name));
        Assert.Equal("150", filled[1].Actual!.Text);
        Assert.Equal("满意度指标", filled[3].Level2);
    }

    [Fact]
    public void A_level_label_broken_over_two_lines_is_joined_and_the_rows_under_it_keep_it()
    {
        var project = Form()
            .Para("质量指标 药品抽检完成率 100% 100%")
            .Para("社会效益")
            .Para("指标")
            .Para("指标1.安全事件发生率 ≤1% 0.5%")
            .Single();
        Assert.Equal(["药品抽检完成率", "安全事件发生率"], project.Indicators.Select(i => i.Name));
        Assert.Equal("社会效益指标", project.Indicators[1].Level2);
    }

    [Fact]
    public void A_name_whose_value_wrapped_onto_the_next_line_alone_does_not_make_an_unfilled_row()
    {
        var project = Form()
            .Para("质量指标 药品抽检完成率 100% 100%")
            .Para("各种强制免疫率")
            .Para("100%")
            .Para("及检疫率")
            .Single();
        Assert.Equal(["药品抽检完成率"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_name_alone_after_the_last_row_ends_the_table()
    {
        var project = Form()
            .Para("质量指标 药品抽检完成率 100% 100%")
            .Para("填报人签字")
            .Single();
        Assert.Equal(["药品抽检完成率"], project.Indicators.Select(i => i.Name));
    }
}
