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

    [Fact]
    public void A_table_written_one_cell_per_line_between_lines_of_bars_is_read_as_rows()
    {
        var document = TextParsing.Parse(Lines(
            "某县2023年度项目支出绩效自评表",
            "项目名称", "|", "乡村文化活动经费", "|", "|||||",
            "主管部门", "|", "某县文化和旅游局", "|", "实施单位", "|", "某县文化馆", "|", "|||",
            "一级指标", "|", "二级指标", "|", "三级指标", "|", "年度目标值", "|", "实际完成值", "|", "||",
            "产出指标", "|", "数量指标", "|", "举办文化活动", "|", "20场", "|", "22场", "|", "||",
            "偏差原因", "及改进措施", "|", "无", "|", "|||||",
            "备注:本表由项目单位填报。"));
        var table = Assert.Single(document.Tables);
        Assert.Equal(5, table.RowCount);
        Assert.Equal("项目名称", table.CellAt(0, 0)!.Text);
        Assert.Equal("某县文化馆", table.CellAt(1, 3)!.Text);
        Assert.Equal(["产出指标", "数量指标", "举办文化活动", "20场", "22场"], table.RowTexts(3));
        Assert.Equal("偏差原因及改进措施", table.CellAt(4, 0)!.Text);
        Assert.Contains("某县2023年度项目支出绩效自评表", document.Text);
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("自评表") || c.Text.Contains("备注"));
    }

    [Fact]
    public void A_bar_led_row_as_wide_as_the_text_led_rows_keeps_its_empty_first_cell()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "预算执行情况 | 资金来源 | 年初预算数 | 全年执行数 | 执行率 | 备注 |",
            "| 年度资金总额 | 50 | 48 | 96% | |",
            "| 其中:财政拨款 | 50 | 48 | 96% | |",
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注 |")).Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal("年度资金总额", table.CellAt(1, 1)!.Text);
        Assert.Equal("96%", table.CellAt(2, 4)!.Text);
        Assert.Equal("预算执行情况", table.CellAt(1, 0)!.Text);
        Assert.Equal(3, table.CellAt(0, 0)!.RowSpan);
    }

    [Fact]
    public void The_bar_that_only_opens_a_bar_led_row_adds_no_empty_cell()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "| 项目名称 | 村级文化广场建设 | |||",
            "| 一级指标 | 二级指标 | 三级指标 | 分值 |",
            "| 产出指标 | 数量指标 | 新建文化广场 | 20 |",
            "| 效益指标 | 社会效益指标 | 村民满意度 | 10 |")).Tables);
        Assert.Equal(["产出指标", "数量指标", "新建文化广场", "20"], table.RowTexts(2));
    }
}
