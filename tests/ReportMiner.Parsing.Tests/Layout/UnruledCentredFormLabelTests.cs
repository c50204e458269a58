using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless forms whose values wrap once beside a one-line label centred between the value's two lines: the label
/// stands on a line of its own, and the row is one row of two lines.
/// </summary>
public sealed class UnruledCentredFormLabelTests
{
    private static readonly double[] Xs = [50, 170, 300, 420];

    private static SyntheticPage Row(SyntheticPage page, string[] cells, double y)
    {
        for (var c = 0; c < cells.Length; c++)
            if (cells[c].Length > 0) page.Word(cells[c], Xs[c], y);
        return page;
    }

    [Fact]
    public void A_label_centred_between_the_two_lines_of_its_wrapped_values_keeps_them_in_one_row()
    {
        var page = new SyntheticPage(1);
        Row(page, ["自治区主管部门", "农业农村厅", "专项实施期", "二〇二二年度"], 100);
        // The values wrap: the name fills its column, the last column is wider (a longer cell below) than its value.
        Row(page, ["", "马铃薯种薯繁育示范推广", "实施单位/项目", "原州区农技中心/"], 121);
        page.Word("项目名称", Xs[0], 126.5);
        Row(page, ["", "项目", "负责人", "杨勃兴"], 132);
        Row(page, ["市县财政部门", "原州区财政局", "市县主管部门", "原州区农业农村局"], 153);
        Row(page, ["资金情况", "全年预算数", "年度资金总额", "全年执行数及执行率情况说明"], 174);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["项目名称", "马铃薯种薯繁育示范推广项目", "实施单位/项目负责人", "原州区农技中心/杨勃兴"], table.RowTexts(1));
    }
}
