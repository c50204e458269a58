using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class PageBreakTests
{
    private static readonly double[] Xs = [50, 200, 350, 500];

    private static SyntheticPage Header(SyntheticPage page, double y) =>
        page.Word("指标", 60, y).Word("目标值", 210, y).Word("完成值", 360, y);

    [Fact]
    public void A_table_continued_on_the_next_page_is_one_table_without_the_repeated_header()
    {
        var first = Header(new SyntheticPage(1).Line("正文。", 50, 500).Grid(Xs, [700, 730, 760, 790]), 710)
            .Word("接通率", 60, 740).Word("≥95%", 210, 740, 6).Word("94.07%", 360, 740, 6)
            .Word("满意度", 60, 770).Word("≥90%", 210, 770, 6).Word("97.52%", 360, 770, 6);
        var second = Header(new SyntheticPage(2).Grid(Xs, [40, 70, 100, 130]), 50)
            .Word("解答率", 60, 80).Word("≥80%", 210, 80, 6).Word("98.79%", 360, 80, 6)
            .Word("回访率", 60, 110).Word("100%", 210, 110, 6).Word("100%", 360, 110, 6)
            .Line("后文。", 50, 200);

        var doc = Lay(first.Build(), second.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal(5, table.RowCount);
        Assert.Equal(["指标", "目标值", "完成值"], table.RowTexts(0));
        Assert.Equal(["回访率", "100%", "100%"], table.RowTexts(4));
        Assert.Equal(1, table.CellAt(1, 0)!.Provenance.Page);
        Assert.Equal(2, table.CellAt(3, 0)!.Provenance.Page);
        Assert.Equal(2, table.LastPage);
    }

    [Fact]
    public void Text_beside_a_table_does_not_keep_it_from_its_continuation_on_the_next_page()
    {
        var first = Header(new SyntheticPage(1).Grid(Xs, [700, 730, 760, 790]), 710)
            .Word("接通率", 60, 740).Word("≥95%", 210, 740, 6).Word("94.07%", 360, 740, 6)
            .Word("满意度", 60, 770).Word("≥90%", 210, 770, 6).Word("97.52%", 360, 770, 6)
            .Word("注", 530, 745);
        var second = new SyntheticPage(2).Grid(Xs, [40, 70, 100])
            .Word("解答率", 60, 50).Word("≥80%", 210, 50, 6).Word("98.79%", 360, 50, 6)
            .Word("回访率", 60, 80).Word("100%", 210, 80, 6).Word("100%", 360, 80, 6);

        var doc = Lay(first.Build(), second.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal(5, table.RowCount);
        Assert.Equal(["回访率", "100%", "100%"], table.RowTexts(4));
    }

    [Fact]
    public void Text_below_a_table_still_ends_it_at_the_page_break()
    {
        var first = Header(new SyntheticPage(1).Grid(Xs, [700, 730, 760]), 710)
            .Word("接通率", 60, 740).Word("≥95%", 210, 740, 6).Word("94.07%", 360, 740, 6)
            .Line("以上为第一部分。", 50, 800);
        var second = new SyntheticPage(2).Grid(Xs, [40, 70, 100])
            .Word("解答率", 60, 50).Word("≥80%", 210, 50, 6).Word("98.79%", 360, 50, 6)
            .Word("回访率", 60, 80).Word("100%", 210, 80, 6).Word("100%", 360, 80, 6);

        Assert.Equal(2, Lay(first.Build(), second.Build()).Tables.Count());
    }

    [Fact]
    public void A_row_split_by_the_page_break_is_folded_back_into_one_row()
    {
        var first = Header(new SyntheticPage(1).Grid(Xs, [730, 760, 790]), 740)
            .Word("接通率", 60, 770).Word("≥95%", 210, 770, 6).Word("偏差原因：", 360, 770);
        var second = new SyntheticPage(2).Grid(Xs, [40, 70, 100])
            .Word("话务量增长。", 360, 50)
            .Word("解答率", 60, 80).Word("≥80%", 210, 80, 6).Word("无", 360, 80);

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(3, table.RowCount);
        Assert.Equal(["接通率", "≥95%", "偏差原因：话务量增长。"], table.RowTexts(1));
        Assert.Equal(["解答率", "≥80%", "无"], table.RowTexts(2));
    }

    private static readonly double[] LevelXs = [50, 150, 280, 420, 520];

    private static SyntheticPage LevelRow(SyntheticPage page, double y, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
            if (cells[i].Length > 0) page.Word(cells[i], LevelXs[i] + 5, y);
        return page;
    }

    [Fact]
    public void A_row_split_by_the_page_break_is_folded_back_when_its_label_column_is_filled_in_every_row()
    {
        var first = LevelRow(LevelRow(new SyntheticPage(1).Grid(LevelXs, [730, 760, 790]), 740,
                "时效指标", "按期完工率", "100%", "10"), 770,
            "生态效益指", "绿化覆盖率", "≥40%", "10");
        var second = LevelRow(LevelRow(new SyntheticPage(2).Grid(LevelXs, [40, 70, 100]), 50,
                "标", "", "", ""), 80,
            "可持续影响指标", "设施使用年限", "≥5年", "10");

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(3, table.RowCount);
        Assert.Equal(["生态效益指标", "绿化覆盖率", "≥40%", "10"], table.RowTexts(1));
        Assert.Equal(["可持续影响指标", "设施使用年限", "≥5年", "10"], table.RowTexts(2));
    }

    [Fact]
    public void A_first_row_that_fills_half_of_its_cells_again_is_a_new_row_not_a_remainder()
    {
        var first = LevelRow(LevelRow(new SyntheticPage(1).Grid(LevelXs, [730, 760, 790]), 740,
                "经济效益指标", "带动就业人数", "≥50人", "10"), 770,
            "社会效益指标", "受益人数", "≥500人", "10");
        var second = LevelRow(LevelRow(new SyntheticPage(2).Grid(LevelXs, [40, 70, 100]), 50,
                "生态效益指标", "植被恢复面积", "", ""), 80,
            "满意度指标", "群众满意度", "≥90%", "10");

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["社会效益指标", "受益人数", "≥500人", "10"], table.RowTexts(1));
        Assert.Equal(["生态效益指标", "植被恢复面积"], table.RowTexts(2).Take(2));
    }

    // Columns two characters, six characters and three figures wide (2 pt padding): text that fills a line wraps.
    private static readonly double[] NarrowXs = [50, 74, 138, 162];

    private static SyntheticPage NarrowRow(SyntheticPage page, double y, string label, string name, string value) =>
        page.Word(label, 52, y).Word(name, 76, y).Word(value, 140, y, 6);

    [Fact]
    public void A_wrapped_row_whose_every_cell_was_full_at_the_page_break_goes_on_in_the_next_pages_first_row()
    {
        var first = NarrowRow(NarrowRow(new SyntheticPage(1).Grid(NarrowXs, [700, 730, 790]), 705,
            "数量", "建设面积", "≥20"), 740, "质量", "贫困地区基础", "≥98").Word("设施建设质量", 76, 754);
        var second = NarrowRow(NarrowRow(new SyntheticPage(2).Grid(NarrowXs, [40, 70, 100]), 50,
            "指标", "达标率", "%"), 80, "时效", "完成率", "≥95");

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(3, table.RowCount);
        Assert.Equal(["质量指标", "贫困地区基础设施建设质量达标率", "≥98%"], table.RowTexts(1));
        Assert.Equal(["时效", "完成率", "≥95"], table.RowTexts(2));
    }

    [Fact]
    public void A_first_row_under_full_cells_of_one_line_each_is_a_new_row()
    {
        var first = NarrowRow(NarrowRow(new SyntheticPage(1).Grid(NarrowXs, [700, 730, 790]), 705,
            "数量", "建设面积", "≥20"), 740, "质量", "设施完好率达", "≥98");
        var second = NarrowRow(NarrowRow(new SyntheticPage(2).Grid(NarrowXs, [40, 70, 100]), 50,
            "时效", "按期完工率", "100"), 80, "成本", "单位成本", "≤95");

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["时效", "按期完工率", "100"], table.RowTexts(2));
    }

    [Fact]
    public void A_first_row_under_a_cell_that_ended_short_of_its_edge_is_a_new_row()
    {
        var first = NarrowRow(NarrowRow(new SyntheticPage(1).Grid(NarrowXs, [700, 730, 790]), 705,
            "数量", "建设面积", "≥20"), 740, "质量", "达标率", "≥98");
        var second = NarrowRow(NarrowRow(new SyntheticPage(2).Grid(NarrowXs, [40, 70, 100]), 50,
            "指标", "设施完好率", "%"), 80, "时效", "完成率", "≥95");

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["质量", "达标率", "≥98"], table.RowTexts(1));
    }

    [Fact]
    public void A_group_label_cut_by_the_page_break_spans_its_rows_on_both_pages()
    {
        var second = new SyntheticPage(2)
            .Horizontal(40, 50, 500).Horizontal(70, 200, 500).Horizontal(100, 50, 500)
            .Vertical(50, 40, 100).Vertical(200, 40, 100).Vertical(350, 40, 100).Vertical(500, 40, 100)
            .Word("满意率", 210, 50).Word(">97%", 360, 50, 6)
            .Word("投诉率", 210, 80).Word("<1%", 360, 80, 6);
        var first = new SyntheticPage(1)
            .Horizontal(730, 50, 500).Horizontal(760, 200, 500).Horizontal(790, 50, 500)
            .Vertical(50, 730, 790).Vertical(200, 730, 790).Vertical(350, 730, 790).Vertical(500, 730, 790)
            .Word("效益", 60, 755).Word("按时办结率", 210, 740).Word("=100%", 360, 740, 6)
            .Word("诉求解决率", 210, 770).Word(">98%", 360, 770, 6);

        var table = Assert.Single(Lay(first.Build(), second.Build()).Tables);

        Assert.Equal(4, table.RowCount);
        var label = table.CellAt(3, 0)!;
        Assert.Equal(("效益", 0, 4), (label.Text, label.Row, label.RowSpan));
    }

    [Fact]
    public void Tables_with_different_frames_on_consecutive_pages_stay_separate()
    {
        var first = new SyntheticPage(1).Grid(Xs, [730, 760, 790]).Word("a", 60, 740).Word("b", 60, 770);
        var second = new SyntheticPage(2).Grid([50, 150, 250], [40, 70, 100]).Word("c", 60, 50).Word("d", 60, 80);

        Assert.Equal(2, Lay(first.Build(), second.Build()).Tables.Count());
    }
}
