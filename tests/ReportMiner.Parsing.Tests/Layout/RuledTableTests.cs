using ReportMiner.Parsing.Tests.Layout;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class RuledTableTests
{
    private static readonly double[] Xs = [50, 200, 350, 500];
    private static readonly double[] Ys = [100, 130, 160, 190];

    [Fact]
    public void A_missing_inner_rule_makes_one_cell_that_spans_two_columns()
    {
        var page = new SyntheticPage(1)
            .Horizontal(100, 50, 500).Horizontal(130, 50, 500).Horizontal(160, 50, 500).Horizontal(190, 50, 500)
            .Vertical(50, 100, 190).Vertical(500, 100, 190)
            .Vertical(200, 130, 190) // no rule between columns 0 and 1 in the first row
            .Vertical(350, 100, 190)
            .Word("合计", 60, 110).Word("C", 360, 110)
            .Word("a", 60, 140).Word("b", 210, 140).Word("c", 360, 140)
            .Word("d", 60, 170).Word("e", 210, 170).Word("f", 360, 170);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        var merged = table.CellAt(0, 1);
        Assert.NotNull(merged);
        Assert.Equal(("合计", 0, 0, 2), (merged.Text, merged.Column, merged.Row, merged.ColumnSpan));
        Assert.Same(merged, table.CellAt(0, 0));
        Assert.Equal(8, table.Cells.Count);
        Assert.Equal(["d", "e", "f"], table.RowTexts(2));
    }

    [Fact]
    public void A_missing_horizontal_rule_makes_a_cell_that_spans_rows()
    {
        var page = new SyntheticPage(1)
            .Horizontal(100, 50, 500).Horizontal(190, 50, 500)
            .Horizontal(130, 200, 500).Horizontal(160, 200, 500) // the first column is one cell over three rows
            .Vertical(50, 100, 190).Vertical(200, 100, 190).Vertical(350, 100, 190).Vertical(500, 100, 190)
            .Word("产出", 60, 140)
            .Word("x1", 210, 110).Word("y1", 360, 110)
            .Word("x2", 210, 140).Word("y2", 360, 140)
            .Word("x3", 210, 170).Word("y3", 360, 170);

        var table = Assert.Single(Lay(page.Build()).Tables);

        var label = table.CellAt(2, 0)!;
        Assert.Equal(("产出", 0, 3), (label.Text, label.Row, label.RowSpan));
        Assert.Equal(["产出", "x3", "y3"], table.RowTexts(2));
    }

    [Fact]
    public void Text_wrapped_over_several_lines_of_a_cell_is_one_cell_text()
    {
        var page = new SyntheticPage(1).Grid(Xs, [100, 160, 200])
            .Word("群众咨", 60, 102).Word("询事项", 60, 114).Word("一次性", 60, 126).Word("解答率", 60, 138)
            .Word("Total", 210, 110, 6).Word("amount", 210, 124, 6)
            .Word("≥99.99", 360, 110, 6).Word("%", 360, 124, 6)
            .Word("a", 60, 170).Word("b", 210, 170).Word("c", 360, 170);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["群众咨询事项一次性解答率", "Total amount", "≥99.99%"], table.RowTexts(0));
    }

    [Fact]
    public void A_figure_broken_by_a_cell_narrower_than_it_joins_without_a_space()
    {
        // Columns 16 pt wide with 2 pt padding hold two 6 pt characters: "<=475" and "123.5%" break inside.
        var page = new SyntheticPage(1).Grid([50, 66, 82, 300], [100, 160, 200])
            .Word("<=", 52, 102, 6).Word("47", 52, 114, 6).Word("5元", 52, 126, 6)
            .Word("12", 68, 108, 6).Word("3.", 68, 120, 6).Word("5%", 68, 132, 6)
            .Word("Total", 92, 110, 6).Word("amount", 92, 124, 6)
            .Word("a", 52, 170, 6).Word("b", 68, 170, 6).Word("c", 92, 170);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["<=475元", "123.5%", "Total amount"], table.RowTexts(0));
    }

    [Fact]
    public void Figures_on_lines_of_their_own_in_a_wide_cell_stay_apart()
    {
        var page = new SyntheticPage(1).Grid([50, 200, 350], [100, 160, 200])
            .Word("2019", 110, 110, 7).Word("2020", 110, 124, 7)
            .Word("1.5", 310, 110, 7).Word("22.5", 303, 124, 7)
            .Word("a", 60, 170).Word("b", 210, 170);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["2019 2020", "1.5 22.5"], table.RowTexts(0));
    }

    [Fact]
    public void Words_outside_the_table_stay_paragraphs_around_it()
    {
        var page = new SyntheticPage(1)
            .Line("表前说明。", 50, 60)
            .Grid(Xs, Ys).Word("a", 60, 110).Word("b", 210, 110).Word("c", 360, 110)
            .Line("表后说明。", 50, 220);

        var doc = Lay(page.Build());

        Assert.Equal(["表前说明。", "表后说明。"], doc.Paragraphs.Select(p => p.Text));
        Assert.IsType<ReportMiner.Documents.Model.Table>(doc.Blocks[1]);
    }

    [Fact]
    public void A_frame_without_outer_side_rules_still_ends_where_its_horizontal_rules_end()
    {
        var page = new SyntheticPage(1)
            .Horizontal(100, 50, 500).Horizontal(130, 50, 500).Horizontal(160, 50, 500)
            .Vertical(200, 100, 160).Vertical(350, 100, 160)
            .Word("名称", 60, 110).Word("目标", 210, 110).Word("完成", 360, 110)
            .Word("接通率", 60, 140).Word("95%", 210, 140, 6).Word("94.07%", 360, 140, 6);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["接通率", "95%", "94.07%"], table.RowTexts(1));
    }

    [Fact]
    public void A_single_ruled_box_is_a_text_frame_not_a_table()
    {
        var page = new SyntheticPage(1).Grid([50, 500], [100, 130]).Word("注：单位为万元。", 60, 110);

        var doc = Lay(page.Build());

        Assert.Empty(doc.Tables);
        Assert.Equal("注：单位为万元。", doc.Paragraphs.Single().Text);
    }
}
