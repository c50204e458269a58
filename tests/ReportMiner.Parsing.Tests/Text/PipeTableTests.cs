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
    [Fact]
    public void Where_each_line_is_a_row_a_line_led_by_a_bar_goes_on_with_the_row_above_it()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "项目名称 | 乡村道路养护 |",
            "主管部门 | 某县交通运输局 | 实施单位 | 某县公路段 |",
            "项目资金 (万元) |",
            "| 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |",
            "年度资金总额 |",
            "| 20 | 19.5 | 97.5% |",
            "产出指标 | 数量指标 | 养护里程 | 30公里 |",
            "效益指标 | 社会效益指标 | 群众出行便利 | 有效 |")).Tables);
        Assert.Equal(6, table.RowCount);
        Assert.Equal(["项目名称", "乡村道路养护"], Filled(table, 0));
        Assert.Equal(["主管部门", "某县交通运输局", "实施单位", "某县公路段"], Filled(table, 1));
        Assert.Equal("年初预算数", table.CellAt(2, 2)!.Text);
        Assert.Equal("年度资金总额", table.CellAt(3, 0)!.Text);
        Assert.Equal("19.5", table.CellAt(3, 3)!.Text);
        Assert.Equal(["产出指标", "数量指标", "养护里程", "30公里"], Filled(table, 4));
    }

    private static string[] Filled(ReportMiner.Documents.Model.Table table, int row) => [.. table.RowTexts(row).Where(t => t.Length > 0)];

    [Fact]
    public void A_table_written_one_cell_per_line_whose_full_rows_close_with_one_bar_ends_each_row_at_its_width()
    {
        // Only the rows with a merged cell close with a run of bars; the others end where their bars reach the width
        // every part of the run shares (12, 12 and the last row's 4).
        var table = Assert.Single(TextParsing.Parse(Lines(
            "某中心2023年度项目绩效目标",
            "指标名称 |", "计量单位 |", "指标性质 |", "指标值 |",
            "培训人数 |", "人 |", "≥ |", "300 |",
            "制度建设 |", "定性 |", "逐步完善 | |",
            "项目成本 |", "万元 |", "≤ |", "48 |",
            "管理水平 |", "定性 |", "提高 | |",
            "群众满意度 |", "% |", "≥ |", "90 |",
            "某中心负责本项目的组织实施。")).Tables);
        Assert.Equal(6, table.RowCount);
        Assert.Equal(["指标名称", "计量单位", "指标性质", "指标值"], table.RowTexts(0));
        Assert.Equal(["培训人数", "人", "≥", "300"], table.RowTexts(1));
        Assert.Equal(["制度建设", "定性", "逐步完善"], Filled(table, 2));
        Assert.Equal(["项目成本", "万元", "≤", "48"], table.RowTexts(3));
        Assert.Equal(["管理水平", "定性", "提高"], Filled(table, 4));
        Assert.Equal(["群众满意度", "%", "≥", "90"], table.RowTexts(5));
    }

    [Fact]
    public void A_list_written_one_cell_per_line_is_cut_into_rows_where_its_serial_numbers_stand()
    {
        var document = TextParsing.Parse(Lines(
            "某局2023年度项目绩效自评情况",
            "序号 |", "项目名称 |", "资金(万元) |",
            "1 |", "办公楼维修 |", "12.5 |",
            "2 |", "信息系统运维 |", "30 |",
            "3 |", "档案数字化 |", "8 |",
            "项目支出绩效自评表 |", "|||",
            "项目名称 |", "办公楼维修 |", "||",
            "主管部门 |", "某局 |", "||"));
        var list = document.Tables.First();
        Assert.Equal(4, list.RowCount);
        Assert.Equal(["序号", "项目名称", "资金(万元)"], list.RowTexts(0));
        Assert.Equal(["2", "信息系统运维", "30"], list.RowTexts(2));
        Assert.Equal(["3", "档案数字化", "8"], list.RowTexts(3));
        Assert.DoesNotContain(list.Cells, c => c.Text.Contains("自评表"));
    }

    [Fact]
    public void A_header_pieced_together_from_short_lines_stays_one_row_while_it_is_no_wider_than_the_table()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "序号 | 一级 指标 |",
            "二级 指标 |",
            "三级 指标 |",
            "分值 | 评分标准 | 得分 | 备注 |",
            "1 | 决策 | 目标设定 | 绩效目标明确 | 5 | 目标明确得5分 | 5 | |",
            "2 | 过程 | 资金管理 | 资金到位率 | 5 | 到位率100%得5分 | 5 | |",
            "3 | 产出 | 产出数量 | 完成培训人次 | 10 | 按完成比例得分 | 9 | |",
            "4 | 效益 | 社会效益 | 群众知晓率 | 10 | 按知晓率得分 | 10 | |")).Tables);
        Assert.Equal(5, table.RowCount);
        Assert.Equal(["序号", "一级 指标", "二级 指标", "三级 指标", "分值", "评分标准", "得分", "备注"], table.RowTexts(0));
        Assert.Equal("9", table.CellAt(3, 6)!.Text);
    }
    [Fact]
    public void Rows_whose_first_cells_a_merged_cell_covers_move_under_the_columns_their_cells_belong_to()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "| 项目名称 | 预算数 | 一级指标 | 二级指标 | 三级指标 | 指标值 | |",
            "| 某局合计 | 1,250,000.00 | ||||||",
            "| 乡村学校营养餐补助 | 850,000.00 | 产出指标 | 数量指标 | 受益学生人数 | 1200 | |",
            "| 产出指标 | 质量指标 | 供餐合格率 | 100 | |||",
            "| 效益指标 | 社会效益指标 | 学生体质改善 | 95 | |||",
            "| 教师培训经费 | 400,000.00 | 产出指标 | 数量指标 | 培训人次 | 300 | |",
            "| 满意度指标 | 服务对象满意度指标 | 教师满意度 | 90 | |||")).Tables);
        Assert.Equal(["某局合计", "1,250,000.00"], Filled(table, 1));
        Assert.Equal("某局合计", table.CellAt(1, 0)!.Text);
        Assert.Equal("质量指标", table.CellAt(3, 3)!.Text);
        Assert.Equal("100", table.CellAt(3, 5)!.Text);
        Assert.Equal("乡村学校营养餐补助", table.CellAt(4, 0)!.Text);
        Assert.Equal("教师满意度", table.CellAt(6, 4)!.Text);
        Assert.Equal("教师培训经费", table.CellAt(6, 0)!.Text);
    }

    [Fact]
    public void Short_rows_stay_where_they_are_when_one_of_them_does_not_end_like_the_full_rows()
    {
        var table = Assert.Single(TextParsing.Parse(Lines(
            "| 一级指标 | 二级指标 | 三级指标 | 符号 | 目标值 | 单位 | |",
            "| 产出指标 | 数量指标 | 培训人次 | ≥ | 300 | 人次 | |",
            "| 培训班次 | ≥ | 6 | 期 | |||",
            "| 培训教材发放覆盖率 | ≥ | 95 | 个百分点 | |||")).Tables);
        Assert.Equal("培训班次", table.CellAt(2, 0)!.Text);
        Assert.Equal("6", table.CellAt(2, 2)!.Text);
    }
}
