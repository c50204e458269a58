using ReportMiner.Parsing.Layout;
using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class UnruledLayoutTests
{
    // Column starts of a borderless indicator table: level, name, target, actual, score.
    private const double Level = 50, Name = 130, Target = 210, Actual = 290, Score = 370;

    [Fact]
    public void Cells_centred_between_the_two_lines_of_a_wrapped_name_stay_in_that_names_row()
    {
        var page = new SyntheticPage(1)
            .Word("二级指标", Level, 100).Word("三级指标", Name, 100).Word("指标值", Target, 100).Word("实际值", Actual, 100).Word("得分", Score, 100)
            // The name wraps to a second line; its other cells sit centred between the two lines.
            .Word("受理群众诉求数", Name, 120).Word("≥250万件", Target, 127, 6).Word("286.4万件", Actual, 127, 6).Word("10", Score, 127, 6)
            .Word("量", Name, 134)
            .Word("话务接通率", Name, 154).Word("≥90%", Target, 154, 6).Word("93.15%", Actual, 154, 6).Word("15", Score, 154, 6)
            .Word("工单办结率", Name, 174).Word("≥98%", Target, 174, 6).Word("97.60%", Actual, 174, 6).Word("9.5", Score, 174, 6);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["", "受理群众诉求数量", "≥250万件", "286.4万件", "10"], table.RowTexts(1));
        Assert.Equal(["", "工单办结率", "≥98%", "97.60%", "9.5"], table.RowTexts(3));
    }

    [Fact]
    public void A_label_centred_beside_several_rows_of_a_sparse_column_spans_those_rows()
    {
        var page = new SyntheticPage(1)
            .Word("二级指标", Level, 100).Word("三级指标", Name, 100).Word("指标值", Target, 100).Word("实际值", Actual, 100).Word("得分", Score, 100)
            .Word("话务接通率", Name, 120).Word("≥90%", Target, 120, 6).Word("93.15%", Actual, 120, 6).Word("15", Score, 120, 6)
            .Word("质量指标", Level, 130) // centred on the two rows it names
            .Word("工单办结率", Name, 140).Word("≥98%", Target, 140, 6).Word("97.60%", Actual, 140, 6).Word("9.5", Score, 140, 6)
            .Word("时效指标", Level, 165)
            .Word("工单转办及时率", Name, 165).Word("100%", Target, 165, 6).Word("100%", Actual, 165, 6).Word("10", Score, 165, 6);

        var table = Assert.Single(Lay(page.Build()).Tables);

        var quality = table.CellNamed("质量指标");
        Assert.Equal((1, 0, 2), (quality.Row, quality.Column, quality.RowSpan));
        Assert.Equal(["质量指标", "工单办结率", "≥98%", "97.60%", "9.5"], table.RowTexts(2));
        Assert.Equal(1, table.CellNamed("时效指标").RowSpan);
    }

    [Fact]
    public void A_header_wider_than_its_right_aligned_numbers_stays_over_them()
    {
        var page = new SyntheticPage(1).Word("Indicator", 50, 100, 6).Word("Annual target", 150, 100, 6).Word("Score", 260, 100, 6);
        string[][] rows = [["Answer rate", "95.00", "12"], ["Callbacks", "1,250.00", "8"], ["Uptime", "99.90", "10"], ["Wait time", "20.00", "5"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 116 + 16 * i;
            page.Word(rows[i][0], 50, y, 6);
            page.Word(rows[i][1], 228 - 6 * rows[i][1].Length, y, 6); // right-aligned at x = 228
            page.Word(rows[i][2], 290 - 6 * rows[i][2].Length, y, 6); // right-aligned at x = 290
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Indicator", "Annual target", "Score"], table.RowTexts(0));
        Assert.Equal(["Callbacks", "1,250.00", "8"], table.RowTexts(2));
    }

    [Fact]
    public void Two_columns_of_running_text_are_not_a_table()
    {
        var page = new SyntheticPage(1);
        for (var i = 0; i < 12; i++)
            page.Word("本项目年度预算资金已全部到位资金使用", 50, 100 + 14 * i).Word("热线服务质量稳步提升群众满意度保持在", 320, 100 + 14 * i);

        Assert.Empty(Lay(page.Build()).Tables);
    }

    [Fact]
    public void Chart_gridlines_with_no_text_inside_are_not_a_table()
    {
        var page = new SyntheticPage(1).Line("Calls per month", 50, 60);
        double[] xs = [100, 150, 200, 250, 300, 350], ys = [100, 140, 180, 220, 260];
        page.Grid(xs, ys);
        for (var i = 0; i < ys.Length; i++) page.Word($"{i * 500}", 70, ys[i] - 5, 5);

        var doc = Lay(page.Build());

        Assert.Empty(doc.Tables);
    }

    [Fact]
    public void The_header_row_of_a_table_at_the_top_of_every_page_is_kept()
    {
        var pages = Enumerable.Range(1, 3).Select(p =>
        {
            var page = new SyntheticPage(p).Word("指标名称", 50, 40).Word("年度目标", 200, 40).Word("实际完成", 300, 40);
            for (var i = 0; i < 4; i++)
                page.Word($"指标{p}{i}", 50, 60 + 16 * i).Word($"{90 + i}%", 200, 60 + 16 * i, 6).Word($"{80 + p}%", 300, 60 + 16 * i, 6);
            page.Line($"第{p}页正文到此结束，后面还有其他内容。", 50, 400);
            return page.Build();
        }).ToList();

        var doc = Lay(pages.ToArray());

        Assert.All(doc.Tables, t => Assert.Equal(["指标名称", "年度目标", "实际完成"], t.RowTexts(0)));
        Assert.NotEmpty(doc.Tables);
    }
}
