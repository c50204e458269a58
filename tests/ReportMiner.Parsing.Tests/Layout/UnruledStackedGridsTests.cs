using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Two borderless tables set one under the other with no space between them (a budget block over an indicator table,
/// or a second form after its title), each with columns of its own, parted only by a line that belongs to neither.
/// </summary>
public sealed class UnruledStackedGridsTests
{
    private static SyntheticPage Stacked(string between, double lowerShift = 30)
    {
        var page = new SyntheticPage(1);
        (string, string, string)[] budget = [("资金来源", "预算数", "执行数"), ("财政拨款", "194.9", "194.9"), ("其他资金", "10.5", "10.5")];
        for (var i = 0; i < budget.Length; i++)
            page.Word(budget[i].Item1, 50, 100 + 14 * i).Word(budget[i].Item2, 150, 100 + 14 * i).Word(budget[i].Item3, 250, 100 + 14 * i);
        page.Word(between, 50, 142);
        (string, string, string)[] indicators = [("三级指标", "指标值", "完成值"), ("储备到位率", "100%", "98%"), ("库存真实率", "100%", "100%")];
        for (var i = 0; i < indicators.Length; i++)
            page.Word(indicators[i].Item1, 50 + lowerShift, 156 + 14 * i).Word(indicators[i].Item2, 150 + 2 * lowerShift, 156 + 14 * i)
                .Word(indicators[i].Item3, 250 + 3 * lowerShift, 156 + 14 * i);
        return page;
    }

    [Fact]
    public void A_line_between_two_grids_whose_columns_start_at_other_x_ends_the_first_table()
    {
        var tables = LayoutTestSupport.Lay(Stacked("二、绩效指标").Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["资金来源", "预算数", "执行数"], tables[0].RowTexts(0));
        Assert.Equal(["三级指标", "指标值", "完成值"], tables[1].RowTexts(0));
        Assert.Equal(["库存真实率", "100%", "100%"], tables[1].RowTexts(2));
    }

    [Fact]
    public void A_line_between_rows_that_keep_the_columns_of_the_rows_above_leaves_one_table()
    {
        var table = Assert.Single(LayoutTestSupport.Lay(Stacked("二、绩效指标", lowerShift: 0).Build()).Tables);

        Assert.Equal(["资金来源", "预算数", "执行数"], table.RowTexts(0));
        Assert.Contains(Enumerable.Range(0, table.RowCount).Select(table.RowTexts), r => r.SequenceEqual(["库存真实率", "100%", "100%"]));
    }
}
