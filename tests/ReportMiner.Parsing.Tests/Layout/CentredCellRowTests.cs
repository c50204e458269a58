using ReportMiner.Parsing.Layout;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class CentredCellRowTests
{
    // Line pitch 12 (10 pt text); rows 3 lines tall, set 4 pt apart by the cell padding.
    private const double Pitch = 12;
    private const double RowPitch = 3 * Pitch + 2;

    [Fact]
    public void Cells_wrapped_over_two_and_three_lines_and_centred_in_their_rows_stay_in_their_rows()
    {
        var page = new SyntheticPage(1).Line("项目绩效自评情况如下：", 50, 70);
        page.Word("一级指标", 50, 100).Word("二级指标", 100, 100).Word("三级指标", 150, 100).Word("指标值", 210, 100).Word("完成值", 250, 100);
        string[][] rows =
        [
            ["产出指标", "数量", "指标", "培训人", "数达标", "率不低", "95", "98"],
            ["产出指标", "质量", "指标", "考核合", "格率不", "低于九", "90", "93"],
            ["效益指标", "社会", "效益", "群众满", "意度不", "低于九", "85", "88"],
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            // The third column wraps over three lines, the second over two lines centred between them (their lines
            // interleave), and the one-line cells sit on the middle line.
            var y = 120 + RowPitch * i;
            page.Word(rows[i][0], 50, y + Pitch);
            page.Word(rows[i][1], 100, y + Pitch / 2).Word(rows[i][2], 100, y + 1.5 * Pitch);
            page.Word(rows[i][3], 150, y).Word(rows[i][4], 150, y + Pitch).Word(rows[i][5], 150, y + 2 * Pitch);
            page.Word(rows[i][6], 210, y + Pitch, Digit).Word(rows[i][7], 250, y + Pitch, Digit);
        }
        page.Line("以上为自评结果。", 50, 260);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal((4, 5), (table.RowCount, table.ColumnCount));
        Assert.Equal(["产出指标", "数量指标", "培训人数达标率不低", "95", "98"], table.RowTexts(1));
        Assert.Equal(["产出指标", "质量指标", "考核合格率不低于九", "90", "93"], table.RowTexts(2));
    }

    [Fact]
    public void A_table_of_one_line_rows_is_left_to_the_line_by_line_grouping_even_where_a_column_skips_lines()
    {
        var fragments = new List<Fragment>();
        for (var line = 0; line < 5; line++)
            for (var c = 0; c < 3; c++)
                if (c < 2 || line % 2 == 0)
                    fragments.Add(new Fragment(line, 50 + 60 * c, 90 + 60 * c, 100 + Pitch * line, 110 + Pitch * line, "指标名称") { C0 = c, C1 = c });

        Assert.Null(CentredCellRows.Group(fragments, 10));
    }

    [Fact]
    public void One_pair_of_pieces_closer_than_the_line_pitch_does_not_set_the_pitch_that_wrapped_cells_stack_at()
    {
        var pieces = new List<(double X0, double X1, double Y, string Text, int Column)>();
        string[][] rows = [["产出指标", "培训人数达", "标率不低于", "九成", "数量", "指标"], ["效益指标", "群众满意度", "达到百分之", "九十", "社会", "效益"],
            ["满意度指标", "服务对象满", "意度不低于", "九五", "满意", "度"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 100 + RowPitch * i;
            pieces.Add((50, 90, y + Pitch, rows[i][0], 0));
            pieces.Add((100, 150, y, rows[i][1], 1));
            pieces.Add((100, 150, y + Pitch, rows[i][2], 1));
            pieces.Add((100, 120, y + 2 * Pitch, rows[i][3], 1));
            pieces.Add((160, 180, y + Pitch / 2, rows[i][4], 2));
            pieces.Add((160, 180, y + 1.5 * Pitch, rows[i][5], 2));
        }
        // A figure whose last digit was taken into the next half-line: its two lines step by 10, not by the pitch.
        pieces.Add((200, 266, 102, "3,309,840.0", 3));
        pieces.Add((200, 206, 112, "0", 3));
        var fragments = Fragments(pieces);

        var grouped = CentredCellRows.Group(fragments, 10);

        Assert.NotNull(grouped);
        Assert.Equal(3, grouped.Count);
        Assert.Equal(["培训人数达", "3,309,840.0", "数量", "产出指标", "标率不低于", "0", "指标", "九成"], grouped[0].Select(f => f.Text));
        Assert.Contains(grouped[2], f => f.Text == "满意度指标");
    }

    [Fact]
    public void One_line_rows_of_figures_set_at_the_pitch_of_wrapped_text_stay_rows_of_their_own()
    {
        var pieces = new List<(double X0, double X1, double Y, string Text, int Column)>();
        string[][] rows = [["产出指标", "培训人数达", "标率不低于", "九成", "数量", "指标"], ["效益指标", "群众满意度", "达到百分之", "九十", "社会", "效益"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 100 + RowPitch * i;
            pieces.Add((50, 90, y + Pitch, rows[i][0], 0));
            pieces.Add((100, 150, y, rows[i][1], 1));
            pieces.Add((100, 150, y + Pitch, rows[i][2], 1));
            pieces.Add((100, 120, y + 2 * Pitch, rows[i][3], 1));
            pieces.Add((160, 180, y + Pitch / 2, rows[i][4], 2));
            pieces.Add((160, 180, y + 1.5 * Pitch, rows[i][5], 2));
        }
        // Three one-line rows of figures under them, one line pitch apart (95% | 30 over 95% | 10 over 100).
        string[][] figures = [["95%", "95%", "30"], ["95%", "95%", "10"], ["100", "94", "9"]];
        for (var i = 0; i < figures.Length; i++)
        {
            var y = 100 + 2 * RowPitch + Pitch * i;
            pieces.Add((50, 70, y, figures[i][0], 0));
            pieces.Add((100, 120, y, figures[i][1], 1));
            pieces.Add((160, 172, y, figures[i][2], 2));
        }

        var grouped = CentredCellRows.Group(Fragments(pieces), 10);

        Assert.NotNull(grouped);
        Assert.Equal(5, grouped.Count);
        Assert.Equal(["95%", "95%", "30"], grouped[2].Select(f => f.Text));
        Assert.Equal(["100", "94", "9"], grouped[4].Select(f => f.Text));
    }

    [Fact]
    public void Figures_whose_unit_wrapped_below_them_and_labels_centred_beside_them_keep_each_row_together()
    {
        var grouped = CentredCellRows.Group(MoneyRows(), 10);

        Assert.NotNull(grouped);
        Assert.Equal(3, grouped.Count);
        Assert.Equal(["150", "125.25", "年度资金总额", "100", "万", "万"], grouped[0].Select(f => f.Text));
        Assert.Equal(["150", "125.25", "其中财政拨款", "100", "万", "万"], grouped[1].Select(f => f.Text));
    }

    [Fact]
    public void Figures_over_their_units_do_not_set_a_line_pitch_closer_than_wrapped_text_keeps()
    {
        // A figure's box starts lower than a Han character's: 150 over 万 steps 11.4 where wrapped text steps 12.
        var pieces = new List<(double X0, double X1, double Y, string Text, int Column)>();
        string[] labels = ["年度资金总额", "其中财政拨款", "上年结转资金"];
        for (var i = 0; i < labels.Length; i++)
        {
            var y = 100 + (2 * Pitch + 4) * i;
            pieces.Add((50, 110, y + Pitch / 2, labels[i], 0));
            pieces.Add((120, 135, y + 0.6, "150", 2));
            pieces.Add((120, 130, y + Pitch, "万", 2));
            pieces.Add((150, 175, y + 0.6, "125.25", 3));
            pieces.Add((150, 160, y + Pitch, "万", 3));
        }
        // Two cells wrapped over three lines down a narrow column, the labels beside them centred on their middle lines.
        string[][] rows = [["年度总体目标", "预期目标", "实际", "完成", "情况"], ["产出指标", "数量指标", "预算", "执行", "率"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 184 + (3 * Pitch + 4) * i;
            pieces.Add((50, 110, y + Pitch, rows[i][0], 0));
            pieces.Add((80, 120, y + Pitch, rows[i][1], 1));
            pieces.Add((120, 140, y, rows[i][2], 2));
            pieces.Add((120, 140, y + Pitch, rows[i][3], 2));
            pieces.Add((120, 120 + 10 * rows[i][4].Length, y + 2 * Pitch, rows[i][4], 2));
        }

        var grouped = CentredCellRows.Group(Fragments(pieces), 10);

        Assert.NotNull(grouped);
        Assert.Contains(grouped, r => r.Select(f => f.Text).Order().SequenceEqual(new[] { "实际", "完成", "情况", "年度总体目标", "预期目标" }.Order()));
        Assert.Contains(grouped, r => r.Select(f => f.Text).Order().SequenceEqual(new[] { "预算", "执行", "率", "产出指标", "数量指标" }.Order()));
    }

    [Fact]
    public void Labels_wrapped_over_two_lines_with_one_line_cells_centred_beside_them_keep_each_row_together()
    {
        // Two cells wrapped once, each first line filled to its column's edge; the score and the actual value on one line
        // centred between them (their lines interleave).
        var fragments = Fragments(WrappedOnceRows(top: 100, actuals: ["12万元", "90人", "5亩"]));

        var grouped = CentredCellRows.Group(fragments, 10);

        Assert.NotNull(grouped);
        Assert.Equal(3, grouped.Count);
        Assert.Equal(["经济效益指", "带动受益农户", "20", "12万元", "标", "增收"], grouped[0].Select(f => f.Text));
        Assert.Equal(["社会效益指", "带动就业人数", "10", "90人", "标", "达标"], grouped[1].Select(f => f.Text));
    }

    [Fact]
    public void Labels_wrapped_only_once_group_only_their_own_rows_and_leave_the_rest_of_the_table_to_the_lines()
    {
        var pieces = WrappedOnceRows(top: 100);
        // Two one-line rows under them: a total row and a note, nothing wrapped or centred.
        var below = 100 + 3 * (2 * Pitch + 4);
        pieces.Add((50, 90, below, "合计", 0));
        pieces.Add((180, 190, below, "40", 2));
        pieces.Add((50, 90, below + Pitch + 4, "备注", 0));
        pieces.Add((110, 170, below + Pitch + 4, "无", 1));

        var grouped = CentredCellRows.Group(Fragments(pieces), 10, out var whole);

        Assert.False(whole);
        Assert.NotNull(grouped);
        Assert.Equal(3, grouped.Count);
        Assert.DoesNotContain(grouped, r => r.Any(f => f.Text is "合计" or "备注"));
    }

    [Fact]
    public void A_table_with_labels_wrapped_only_once_keeps_its_header_and_total_rows_beside_the_centred_rows()
    {
        var page = new SyntheticPage(1).Line("项目绩效自评情况如下：", 50, 70);
        page.Word("一级指标", 50, 100).Word("三级指标", 120, 100).Word("分值", 200, 100).Word("得分", 240, 100);
        string[][] rows = [["经济效益指", "标", "带动受益农户", "增收", "20", "12"], ["社会效益指", "标", "带动就业人数", "达标", "10", "9"],
            ["生态效益指", "标", "绿化覆盖面积", "提升", "10", "8"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 120 + (2 * Pitch + 4) * i;
            page.Word(rows[i][0], 50, y).Word(rows[i][1], 50, y + Pitch).Word(rows[i][2], 120, y).Word(rows[i][3], 120, y + Pitch);
            page.Word(rows[i][4], 200, y + Pitch / 2, Digit).Word(rows[i][5], 240, y + Pitch / 2, Digit);
        }
        page.Word("合计", 50, 210).Word("40", 200, 210, Digit).Word("29", 240, 210, Digit);
        page.Line("以上为自评结果。", 50, 260);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["经济效益指标", "带动受益农户增收", "20", "12"], table.RowTexts(1));
        Assert.Contains("合计", table.RowTexts(4));
        Assert.Contains("40", table.RowTexts(4));
    }

    // Three rows as a word processor centres them: two cells wrapped once, each first line filled to its column's edge,
    // a score and a value on one line centred between them.
    private static List<(double X0, double X1, double Y, string Text, int Column)> WrappedOnceRows(double top, string[]? actuals = null)
    {
        const double rowPitch = 2 * Pitch + 4;
        string[][] rows = [["经济效益指", "标", "带动受益农户", "增收", "20", "12"], ["社会效益指", "标", "带动就业人数", "达标", "10", "90"],
            ["生态效益指", "标", "绿化覆盖面积", "提升", "10", "5"]];
        var pieces = new List<(double X0, double X1, double Y, string Text, int Column)>();
        for (var i = 0; i < rows.Length; i++)
        {
            var y = top + rowPitch * i;
            pieces.Add((50, 100, y, rows[i][0], 0));
            pieces.Add((50, 60, y + Pitch, rows[i][1], 0));
            pieces.Add((110, 170, y, rows[i][2], 1));
            pieces.Add((110, 130, y + Pitch, rows[i][3], 1));
            pieces.Add((180, 190, y + Pitch / 2, rows[i][4], 2));
            pieces.Add((200, 230, y + Pitch / 2, actuals?[i] ?? rows[i][5], 3));
        }
        return pieces;
    }

    private static List<Fragment> Fragments(List<(double X0, double X1, double Y, string Text, int Column)> pieces)
    {
        var lines = pieces.Select(p => p.Y).Distinct().Order().ToList();
        return pieces.Select(p => new Fragment(lines.IndexOf(p.Y), p.X0, p.X1, p.Y, p.Y + 10, p.Text) { C0 = p.Column, C1 = p.Column })
            .ToList();
    }

    // Rows two lines tall set 4 pt apart: a label and a score on the middle, two figures each over a second line.
    private static List<Fragment> MoneyRows()
    {
        const double rowPitch = 2 * Pitch + 4;
        string[] labels = ["年度资金总额", "其中财政拨款", "上年结转资金"];
        var pieces = new List<(double X0, double X1, double Y, string Text, int Column)>();
        for (var i = 0; i < labels.Length; i++)
        {
            var y = 100 + rowPitch * i;
            pieces.Add((50, 110, y + Pitch / 2, labels[i], 0));
            pieces.Add((120, 135, y, "150", 1));
            pieces.Add((120, 130, y + Pitch, "万", 1));
            pieces.Add((150, 175, y, "125.25", 2));
            pieces.Add((150, 160, y + Pitch, "万", 2));
            pieces.Add((190, 205, y + Pitch / 2, "100", 3));
        }
        return Fragments(pieces);
    }
}
