using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// The last row of a borderless table whose cells wrap below its line of figures: no line with wide gaps follows
/// to carry the table on, yet the wrapped lines are the row's, not a paragraph after the table.
/// </summary>
public sealed class UnruledLastRowWrapTests
{
    // 三级指标 is 50 pt wide (five characters); the last name wraps onto a second line at the column's start.
    private static SyntheticPage TableWithWrappedLastRow()
    {
        var page = new SyntheticPage(1)
            .Word("一级指标", 50, 100).Word("三级指标", 120, 100).Word("指标值", 200, 100).Word("实际值", 260, 100);
        (string Level, string Name, string Target, string Actual)[] rows =
            [("产出指标", "完成户数", "120", "118"), ("效益指标", "受益人数", "300", "310"), ("满意度", "服务对象满", "90%", "95%")];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Level, 50, 124 + 16 * i).Word(rows[i].Name, 120, 124 + 16 * i)
                .Word(rows[i].Target, 200, 124 + 16 * i, Digit).Word(rows[i].Actual, 260, 124 + 16 * i, Digit);
        return page.Word("意度", 120, 124 + 16 * 2 + 12);
    }

    [Fact]
    public void A_last_row_wrapping_below_its_figures_keeps_its_wrapped_line()
    {
        var document = Lay(TableWithWrappedLastRow().Build());

        var table = Assert.Single(document.Tables);
        Assert.Equal(["满意度", "服务对象满意度", "90%", "95%"], table.RowTexts(3));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("意度"));
    }

    [Fact]
    public void A_note_below_the_table_starting_at_its_left_edge_stays_a_paragraph()
    {
        var document = Lay(TableWithWrappedLastRow().Word("说明", 50, 124 + 16 * 2 + 24).Build());

        Assert.Single(document.Tables);
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("说明"));
    }

    // Targets and actual values in narrow columns a cell's padding apart (4 pt); the last row's figures sit above its
    // name's line, and its units wrap below that line, under the figures.
    private static SyntheticPage TableWithUnitsBelowTheLastRowsFigures()
    {
        var page = new SyntheticPage(1)
            .Word("一级指标", 50, 100).Word("三级指标", 120, 100).Word("目标", 200, 100).Word("实际", 224, 100).Word("分值", 262, 100);
        (string Level, string Name, string Target, string Actual, string Weight)[] rows =
            [("产出指标", "发放原种", "550", "550", "8"), ("效益指标", "受益户数", "120", "118", "8"), ("满意度", "满意度", "90%", "95%", "8")];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Level, 50, 124 + 24 * i).Word(rows[i].Name, 120, 124 + 24 * i).Word(rows[i].Target, 200, 124 + 24 * i, Digit)
                .Word(rows[i].Actual, 224, 124 + 24 * i, Digit).Word(rows[i].Weight, 262, 124 + 24 * i, Digit);
        return page.Word("200", 200, 196, Digit).Word("200", 224, 196, Digit)
            .Word("企业自行", 120, 204).Word("8", 262, 204, Digit)
            .Word("万粒", 200, 212).Word("万粒", 224, 212);
    }

    [Fact]
    public void Units_wrapped_under_the_last_rows_figures_above_its_last_line_stay_in_the_table()
    {
        var document = Lay(TableWithUnitsBelowTheLastRowsFigures().Build());

        var table = Assert.Single(document.Tables);
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("万粒"));
        Assert.Equal(["", "企业自行", "200万粒", "200万粒", "8"], table.RowTexts(4));
    }
}
