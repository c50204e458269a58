using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// A header whose cells fill their narrow columns, set close above the first body row: figures under its words are a
/// row of their own, not the wrapped end of the header's cells.
/// </summary>
public sealed class UnruledHeaderOverFiguresTests
{
    [Fact]
    public void Figures_under_the_words_of_a_header_close_above_them_start_a_row_of_their_own()
    {
        var page = new SyntheticPage(1);
        string[][] rows = [["一级指标", "分值", "二级指标", "分值", "得分"], ["项目决策", "20", "项目目标", "4", "4"],
            ["项目管理", "25", "资金到位", "5", "3"], ["项目绩效", "55", "项目产出", "15", "15"]];
        double[] xs = [50, 110, 150, 210, 250];
        for (var i = 0; i < rows.Length; i++)
            for (var c = 0; c < xs.Length; c++) page.Word(rows[i][c], xs[c], 100 + 14 * i);

        var table = Assert.Single(LayoutTestSupport.Lay(page.Build()).Tables);

        Assert.Equal(["一级指标", "分值", "二级指标", "分值", "得分"], table.RowTexts(0));
        Assert.Equal(["项目决策", "20", "项目目标", "4", "4"], table.RowTexts(1));
    }
}
