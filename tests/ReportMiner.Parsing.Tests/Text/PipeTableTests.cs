namespace ReportMiner.Parsing.Tests.Text;

/// <summary>
/// Tables a web page's text export wrote with "|" bars: every row holds one bar per column of the form, the bars of its
/// merged cells written together at its end.
/// </summary>
public sealed class PipeTableTests
{
    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    [Fact]
    public void A_text_led_row_as_wide_as_the_table_ends_at_its_single_last_bar()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "单位名称 | 某区文化馆 | ||||",
            "一级指标 | 二级指标 | 三级指标 | 指标值 | 计量单位 | 备注 |",
            "产出指标 | 数量指标 | 举办公益培训 | 12 | 场 | |",
            "效益指标 | 社会效益指标 | 群众参与人次 | 5000 | 人次 | |")).Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"], table.RowTexts(1));
        Assert.Equal("产出指标", table.CellAt(2, 0)!.Text);
        Assert.Equal("12", table.CellAt(2, 3)!.Text);
    }

    [Fact]
    public void A_bar_led_header_row_with_no_empty_cells_does_not_swallow_the_row_after_it()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "|", "项目名称 |", "乡村道路绿化 | ||",
            "|", "一级指标 |", "二级指标 |", "三级指标 |", "指标值 |",
            "|", "产出指标 |", "数量指标 |", "绿化公路里程 |", "3公里 |",
            "|", "效益指标 |", "生态效益指标 |", "苗木成活率 | |")).Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"], table.RowTexts(1));
        Assert.Equal(["产出指标", "数量指标", "绿化公路里程", "3公里"], table.RowTexts(2));
    }
}
