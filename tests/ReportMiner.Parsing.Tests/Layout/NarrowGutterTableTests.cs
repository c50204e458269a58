using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class NarrowGutterTableTests
{
    [Fact]
    public void Columns_parted_by_narrow_gaps_are_a_table_when_their_cells_start_at_one_x_on_every_line()
    {
        var page = new SyntheticPage(1).Line("绩效指标完成情况如下：", 50, 70);
        string[][] rows = [["一级指标", "二级指标", "指标值", "完成值"], ["产出指标", "数量指标", "≥100%", "98.50%"],
            ["产出指标", "质量指标", "≥95%", "96.20%"], ["效益指标", "社会效益", "≥90%", "92.40%"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 100 + 20 * i;
            page.Word(rows[i][0], 50, y).Word(rows[i][1], 98, y);
            if (i == 0) page.Word(rows[i][2], 146, y).Word(rows[i][3], 184, y);
            else page.Word(rows[i][2], 146, y, Digit).Word(rows[i][3], 184, y, Digit);
        }
        page.Line("以上为自评结果。", 50, 200);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal((4, 4), (table.RowCount, table.ColumnCount));
        Assert.Equal(["产出指标", "质量指标", "≥95%", "96.20%"], table.RowTexts(2));
        Assert.Equal(["绩效指标完成情况如下：", "以上为自评结果。"], doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_figure_filling_its_cell_one_space_before_the_next_column_still_ends_its_cell()
    {
        var page = new SyntheticPage(1).Line("预算执行情况如下：", 50, 70);
        string[][] rows = [["项目", "年初预算", "调整后", "执行数"], ["总额", "251.89", "251.89", "251.89"],
            ["财政资金", "238.93", "251.89", "251.89"], ["单位资金", "12345.67", "0.00", "0.00"], ["其他资金", "0.00", "0.00", "0.00"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 100 + 20 * i;
            page.Word(rows[i][0], 50, y);
            if (i == 0) page.Word(rows[i][1], 130, y).Word(rows[i][2], 181, y).Word(rows[i][3], 232, y);
            else page.Word(rows[i][1], 130, y, Digit).Word(rows[i][2], 181, y, Digit).Word(rows[i][3], 232, y, Digit);
        }
        page.Line("以上为执行结果。", 50, 220);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["单位资金", "12345.67", "0.00", "0.00"], table.RowTexts(3));
    }

    [Fact]
    public void Rows_whose_wider_number_leaves_a_narrow_gap_stay_in_the_list_where_the_short_numbers_left_wide_gaps()
    {
        var page = new SyntheticPage(1).Line("本部门项目如下：", 50, 70);
        var names = new[] { "窗口人员考核奖", "标准化建设经费", "邮政快递费用", "网上政务平台", "智慧城市建设", "大数据奖补资金",
            "外网安全监测", "综合窗口服务", "网络运行维护费", "外网租赁服务", "云计算中心租赁", "专网线路租赁" };
        for (var i = 0; i < names.Length; i++)
        {
            // "9" ends 14 pt before the names (a wide gap), "10" only 8 pt before them.
            var y = 100 + 20 * i;
            page.Word($"{i + 1}", 50, y, Digit).Word(names[i], 70, y);
        }
        page.Line("以上项目均已完成。", 50, 360);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal((12, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal(["11", "云计算中心租赁"], table.RowTexts(10));
        Assert.Equal(["本部门项目如下：", "以上项目均已完成。"], doc.Paragraphs.Select(p => p.Text));
    }
}
