using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless tables whose last header heads a column the rows below never fill (a 得分 or 备注 column left empty, or
/// rows packed to the left under a header of one more cell). Nothing else in the table reaches that header's x.
/// </summary>
public sealed class UnruledEmptyColumnHeaderTests
{
    // 年初目标值 and 实际完成值 wrap over two lines; 指标名称 and 得分 are centred on the line between them.
    private static SyntheticPage ScoreHeaderOverNothing()
    {
        var page = new SyntheticPage(1)
            .Word("年初目标", 150, 100).Word("实际完成", 200, 100)
            .Word("指标名称", 50, 106).Word("得分", 260, 106)
            .Word("值", 150, 112).Word("值", 200, 112);
        IndicatorRows(page, 130, 150, 200, [("接通率", "100%", "98%"), ("满意度", "90%", "95%"), ("办结率", "100%", "100%")]);
        return page;
    }

    // Three indicator rows 14 apart from top: a name at x 50 and two figures at the x given.
    private static void IndicatorRows(SyntheticPage page, double top, double firstX, double secondX, (string Name, string First, string Second)[] rows)
    {
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Name, 50, top + 14 * i).Word(rows[i].First, firstX, top + 14 * i, Digit).Word(rows[i].Second, secondX, top + 14 * i, Digit);
    }

    [Fact]
    public void A_header_right_of_everything_else_heads_a_column_of_its_own_and_its_line_stays_in_the_header_row()
    {
        var table = Assert.Single(Lay(ScoreHeaderOverNothing().Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["指标名称", "年初目标值", "实际完成值", "得分"], table.RowTexts(0));
        Assert.Equal(["满意度", "90%", "95%", ""], table.RowTexts(2));
    }

    [Fact]
    public void Two_scores_of_different_widths_right_of_everything_else_make_a_column_of_their_own()
    {
        // Rows packed to the left leave a score at the table's right on two rows only, after text: the figures share
        // their start but not their end or middle, and start past where every other piece of the table ends.
        var page = new SyntheticPage(1).Word("指标名称", 50, 100).Word("目标值", 150, 100).Word("完成值", 200, 100);
        string[] names = ["培训", "宣传", "演练"];
        for (var i = 0; i < names.Length; i++) page.Word(names[i], 50, 114 + 14 * i).Word("已完成", 150, 114 + 14 * i).Word("已完成", 200, 114 + 14 * i);
        page.Word("10", 262, 114, Digit).Word("5", 262, 142, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["培训", "已完成", "已完成", "10"], table.RowTexts(1));
        Assert.Equal(["演练", "已完成", "已完成", "5"], table.RowTexts(3));
    }

    [Fact]
    public void A_last_header_over_figures_reaching_under_it_shares_their_column()
    {
        var page = ScoreHeaderOverNothing();
        for (var i = 0; i < 3; i++) page.Word("5.0", 262, 130 + 14 * i, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["满意度", "90%", "95%", "5.0"], table.RowTexts(2));
    }

    [Fact]
    public void A_header_wrapped_down_a_narrow_column_a_padding_after_another_header_keeps_its_own_column()
    {
        // A money row above the indicators; 偏差原因分析及改进措施 wraps over four lines a cell's padding right of 得分,
        // whose line falls between two of its lines, and no row below fills its column.
        var page = new SyntheticPage(1)
            .Word("年度资金总额", 50, 80).Word("20", 150, 80, Digit).Word("18", 180, 80, Digit)
            .Word("偏差原", 204, 100).Word("因分析", 204, 112)
            .Word("指标名称", 50, 118).Word("分值", 150, 118).Word("得分", 180, 118)
            .Word("及改进", 204, 124).Word("措施", 204, 136);
        IndicatorRows(page, 160, 150, 180, [("接通率", "10", "9"), ("满意度", "10", "10"), ("办结率", "20", "18")]);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["指标名称", "分值", "得分", "偏差原因分析及改进措施"], table.RowTexts(1));
        Assert.Equal(["满意度", "10", "10", ""], table.RowTexts(3));
    }

    [Fact]
    public void A_header_between_filled_columns_that_nothing_below_reaches_heads_a_column_of_its_own()
    {
        // 得分 sits a cell's padding after 分值; the rows fill 分值 and 指标值 and leave its column empty.
        var page = new SyntheticPage(1)
            .Word("指标名称", 50, 100).Word("分值", 150, 100).Word("得分", 175, 100).Word("指标值", 220, 100);
        IndicatorRows(page, 120, 150, 220, [("接通率", "10", "100%"), ("满意度", "10", "95%"), ("办结率", "20", "98%")]);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["指标名称", "分值", "得分", "指标值"], table.RowTexts(0));
        Assert.Equal(["满意度", "10", "", "95%"], table.RowTexts(2));
    }

    [Fact]
    public void The_last_header_of_a_header_line_heads_an_empty_column_though_a_row_above_ends_just_short_of_it()
    {
        // A form row above the indicators runs to within a point or two of 得分; nothing below reaches 得分's x.
        var page = new SyntheticPage(1)
            .Word("项目名称", 50, 84).Word("城乡公共文化服务体系建", 150, 84, 9.8)
            .Word("指标名称", 50, 100).Word("目标值", 150, 100).Word("完成值", 200, 100).Word("得分", 260, 100);
        IndicatorRows(page, 120, 150, 200, [("接通率", "100%", "98%"), ("满意度", "90%", "95%"), ("办结率", "100%", "100%")]);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["指标名称", "目标值", "完成值", "得分"], table.RowTexts(1));
        Assert.Equal(["满意度", "90%", "95%", ""], table.RowTexts(3));
    }

    [Fact]
    public void A_last_header_wrapped_over_and_under_the_line_of_one_line_headers_heads_a_column_of_its_own()
    {
        // 指标|性质 and 指标|值 wrap round the line of 一级指标 三级指标 计量单位, so each of their lines holds two pieces;
        // the rows are packed to the left and leave 指标值 empty.
        var page = new SyntheticPage(1)
            .Word("指标", 220, 102).Word("指标", 252, 102)
            .Word("一级指标", 50, 110).Word("三级指标", 110, 110).Word("计量单位", 170, 110)
            .Word("性质", 220, 118).Word("值", 252, 118);
        (string Level, string Name, string Unit, string Value)[] rows = [("产出指标", "绿化公路", "米", "3500"), ("产出指标", "发放苗木", "株", "15000"), ("质量指标", "成活率", "%", "85")];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Level, 50, 136 + 14 * i).Word(rows[i].Name, 110, 136 + 14 * i).Word(rows[i].Unit, 170, 136 + 14 * i)
                .Word(rows[i].Value, 220, 136 + 14 * i, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["一级指标", "三级指标", "计量单位", "指标性质", "指标值"], table.RowTexts(0));
        Assert.Equal(["产出指标", "发放苗木", "株", "15000", ""], table.RowTexts(2));
    }
}
