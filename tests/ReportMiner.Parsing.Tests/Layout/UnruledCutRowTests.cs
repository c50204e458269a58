using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class UnruledCutRowTests
{
    // A table whose last row's name wraps down the name column at the foot of the page, the target and actual
    // wrapped once beside it.
    private static SyntheticPage FirstPage()
    {
        var page = QuantityGroupPage();
        Row(page, 720, "成本指标", "冷库仓储建设工程一期项目", "≥1290.3", "1290.3");
        Row(page, 732, "", "及配套", "平方米", "平方米");
        Row(page, 744, "", "套生产", "", "");
        return Row(page, 756, "", "设备", "", "");
    }

    [Fact]
    public void A_cell_wrapped_below_a_wrapped_line_at_the_foot_of_a_table_stays_in_its_row()
    {
        var table = Assert.Single(Lay(FirstPage().Build()).Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal("冷库仓储建设工程一期项目及配套套生产设备", table.RowTexts(4)[2]);
    }

    [Fact]
    public void The_rest_of_a_cut_cell_above_a_row_whose_label_wraps_above_its_figures_goes_back_into_the_row_it_was_cut_from()
    {
        // The next rows are laid out anew, packed to the left: the label in the first column, its figures after it.
        var second = Row(new SyntheticPage(2), 52, "", "电力设施购置安装", "", "");
        second.Word("配套烘干杀菌", 50, 64);
        Row(second.Word("设备", 50, 76), 76, "550", "20", "9.3", "9.3");
        Row(second.Word("变压器", 50, 106), 106, "3", "20", "9.3", "9.3");
        Row(second.Word("烘干机", 50, 136), 136, "2", "20", "9.3", "9.3");

        var table = Assert.Single(Lay(FirstPage().Build(), second.Build()).Tables);

        Assert.Equal("冷库仓储建设工程一期项目及配套套生产设备电力设施购置安装", table.RowTexts(4)[2]);
        Assert.Equal(2, table.LastPage);
    }

    [Fact]
    public void Rows_carried_onto_the_next_page_keep_apart_two_figures_the_previous_page_ran_together_in_one_column()
    {
        // The previous page fills its score column in one row only, set close after the weight: too few to open a column.
        var first = new SyntheticPage(1).Word("一级指标", 50, 600);
        Row(first, 600, "二级指标", "三级指标", "指标值", "完成值").Word("分值", 520, 600);
        Row(first.Word("产出指标", 50, 630), 630, "数量指标", "培训人数", "≥100人", "120人").Word("10", 520, 630, Digit);
        Row(first, 660, "", "示范面积", "≥500亩", "520亩").Word("10", 520, 660, Digit);
        Row(first, 690, "", "发放数量", "≥80套", "85套").Word("10", 520, 690, Digit);
        Row(first, 720, "", "覆盖村数", "≥12个", "12个").Word("10", 520, 720, Digit).Word("9.00", 536, 720, Digit);
        var second = new SyntheticPage(2);
        foreach (var (y, name) in new[] { (40.0, "合格率"), (70, "验收率"), (100, "完成率") })
            Row(second, y, "", name, "≥95%", "98%").Word("20", 520, y, Digit).Word("18", 550, y, Digit);

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(2, table.LastPage);
        Assert.Contains("18", table.RowTexts(5));
        Assert.Contains("20", table.RowTexts(5));
    }
}
