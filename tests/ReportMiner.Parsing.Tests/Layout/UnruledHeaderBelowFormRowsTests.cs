using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless self-evaluation forms: form rows (项目名称, 主管部门) stand above the money block, whose header cells
/// wrap (全年预算|数). The header band is the rows just above the first figures, not every row above them.
/// </summary>
public sealed class UnruledHeaderBelowFormRowsTests
{
    private static SyntheticPage FormOverWrappedHeader()
    {
        var page = new SyntheticPage(1)
            .Word("项目名称", 50, 60).Word("文物保护经费", 150, 60)
            .Word("主管部门", 50, 80).Word("文旅局", 150, 80).Word("实施单位", 250, 80).Word("文物所", 330, 80)
            .Word("全年预算", 150, 100).Word("全年执行", 250, 100)
            .Word("项目资金", 50, 110).Word("数", 150, 110).Word("数", 250, 110).Word("执行率", 330, 110);
        (string Label, string Budget, string Spent, string Rate)[] rows =
            [("年度资金总额", "100.5", "98.2", "97.7%"), ("财政拨款", "80.5", "80.5", "100%"), ("其他资金", "20", "17.7", "88.5%")];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Label, 50, 135 + 20 * i).Word(rows[i].Budget, 150, 135 + 20 * i, Digit)
                .Word(rows[i].Spent, 250, 135 + 20 * i, Digit).Word(rows[i].Rate, 330, 135 + 20 * i, Digit);
        return page;
    }

    [Fact]
    public void A_header_wrapped_under_form_rows_is_one_row_above_the_figures()
    {
        var table = Assert.Single(Lay(FormOverWrappedHeader().Build()).Tables);

        var header = Enumerable.Range(0, table.RowCount).Single(r => table.RowTexts(r).Contains("项目资金"));
        Assert.Equal(["项目资金", "全年预算数", "全年执行数", "执行率"], table.RowTexts(header));
        Assert.Equal(["年度资金总额", "100.5", "98.2", "97.7%"], table.RowTexts(header + 1));
        Assert.Equal(["主管部门", "文旅局", "实施单位", "文物所"], table.RowTexts(header - 1));
    }
}
