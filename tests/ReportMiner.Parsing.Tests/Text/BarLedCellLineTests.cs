namespace ReportMiner.Parsing.Tests.Text;

/// <summary>
/// Tables a web page's text export wrote one cell per line with a bar before the cell ("        | 数量指标"), a row's
/// first cell sometimes without it, and lines of bars alone between cells or closing a row.
/// </summary>
public sealed class BarLedCellLineTests
{
    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    [Fact]
    public void Cells_led_by_bars_that_follow_each_other_make_a_row_that_a_line_of_bars_closes()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "绩效指标", "        | 一级指标", "        | 二级指标", "        | 三级指标", "        | 指标值", "        | 实施进度", "        | ",
            "项目决策", "        | 数量指标", "        | 宣传次数", "        | 至少全年完成2次宣传", "        | 已完成100%", "        | |",
            "质量指标", "        | 创建质量", "        | 按质按量完成", "        | 已完成100%", "        | ||",
            "时效指标", "        | 全年", "        | 1-12月", "        | 已完成100%", "        | ||",
            "3.分析评价申报内容是否与实际相符。")).Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实施进度"], table.RowTexts(0));
        Assert.Equal(["项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%", ""], table.RowTexts(1));
        Assert.Equal(["时效指标", "全年", "1-12月", "已完成100%", "", ""], table.RowTexts(3));
    }

    [Fact]
    public void A_bar_alone_between_two_cells_of_a_row_is_an_empty_cell_not_the_rows_end()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "绩效指标", "        | 一级指标", "        | 二级指标", "        | 三级指标", "        | 指标值", "        | 实施进度", "        | ",
            "项目决策", "        | 数量指标", "        | 宣传次数", "        | ", "        | 已完成100%", "        | |",
            "质量指标", "        | 创建质量", "        | 按质按量完成", "        | 已完成100%", "        | ||",
            "时效指标", "        | 全年", "        | 1-12月", "        | 已完成100%", "        | ||",
            "3.分析评价申报内容是否与实际相符。")).Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(["项目决策", "数量指标", "宣传次数", "", "已完成100%", ""], table.RowTexts(1));
        Assert.Equal(["质量指标", "创建质量", "按质按量完成", "已完成100%", "", ""], table.RowTexts(2));
    }

    [Fact]
    public void Cells_parted_by_single_bars_make_a_row_that_a_run_of_bars_closes()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "|   项目完成指标", "        | ", "     质量指标", "        | ", "     改善养老服务基础条件", "        | ", "     明显改善", "        | ", "  ||||",
            "|   项目完成指标", "        | ", "     时效指标", "        | ", "     2020年", "        | ", "     2020年", "        | ", "  ||||",
            "|   效益指标", "        | ", "     社会效益指标", "        | ", "     群众受益", "        | ", "     有所提升", "        | ", "  |||",
            "2.部门绩效评价结果。")).Tables);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(["项目完成指标", "质量指标", "改善养老服务基础条件", "明显改善"], table.RowTexts(0));
        Assert.Equal(["效益指标", "社会效益指标", "群众受益", "有所提升"], table.RowTexts(2));
    }

    [Fact]
    public void A_few_lines_led_by_bars_in_prose_are_no_table()
    {
        var document = TextParsing.Parse(Lines(
            "一、项目基本情况", "| 项目名称", "| 实施单位", "|", "二、绩效目标完成情况"));
        Assert.Empty(document.Tables);
    }

    [Fact]
    public void A_long_run_of_bar_led_lines_that_no_line_of_bars_closes_stays_as_written()
    {
        var document = TextParsing.Parse(Lines([.. Enumerable.Range(1, 3_000).Select(i => $"| 第{i}项")]));
        Assert.Empty(document.Tables);
        Assert.Equal(3_000, document.Paragraphs.Count());
    }
}
