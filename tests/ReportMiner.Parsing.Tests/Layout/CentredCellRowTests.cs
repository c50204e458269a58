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
}
