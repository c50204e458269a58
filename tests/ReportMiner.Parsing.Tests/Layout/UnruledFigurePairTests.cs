using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless tables whose rows fill a column only once (a 分值 beside 实际完成值 in the one row of its group that is
/// not packed to the left): two figures side by side a gutter apart are two cells, not one.
/// </summary>
public sealed class UnruledFigurePairTests
{
    private static SyntheticPage OneRowFillsTheScoreColumn()
    {
        var page = new SyntheticPage(1)
            .Word("接通率", 50, 100).Word("100", 150, 100, Digit).Word("10", 200, 100, Digit).Word("数据合理", 260, 100);
        (string Name, string Target)[] rows = [("满意度", "90"), ("办结率", "98"), ("回访率", "95")];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Name, 50, 114 + 14 * i).Word(rows[i].Target, 150, 114 + 14 * i, Digit).Word("数据合理", 260, 114 + 14 * i);
        return page;
    }

    [Fact]
    public void Two_figures_a_gutter_apart_on_one_line_start_a_column_though_no_other_row_fills_it()
    {
        var table = Assert.Single(Lay(OneRowFillsTheScoreColumn().Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["接通率", "100", "10", "数据合理"], table.RowTexts(0));
        Assert.Equal(["满意度", "90", "", "数据合理"], table.RowTexts(1));
    }
}
