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

    [Fact]
    public void A_figure_with_its_decimals_and_the_figure_after_it_a_little_under_the_padding_away_are_two_cells()
    {
        // 72890 | 10.00 | 9.00 in columns set as tight as their entries, 3 pt apart at 10 pt, on the one row that fills
        // the score columns (the last row of a page).
        var page = new SyntheticPage(1)
            .Word("培训人数", 50, 100).Word("100", 150, 100, Digit).Word("98", 210, 100, Digit).Word("数据合理", 300, 100);
        (string Name, string Target, string Actual)[] rows = [("满意度", "90", "96"), ("办结率", "98", "99")];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Name, 50, 114 + 14 * i).Word(rows[i].Target, 150, 114 + 14 * i, Digit).Word(rows[i].Actual, 210, 114 + 14 * i, Digit)
                .Word("数据合理", 300, 114 + 14 * i);
        page.Word("补助经费", 50, 142).Word("72890", 150, 142, Digit).Word("72890", 210, 142, Digit).Word("10.00", 243, 142, Digit)
            .Word("9.00", 276, 142, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["补助经费", "72890", "72890", "10.00", "9.00"], table.RowTexts(3).Where(t => t.Length > 0));
    }
}
