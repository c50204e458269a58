using ReportMiner.Parsing.Layout;
using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless self-evaluation tables whose narrow 分值 and 得分 cells leave only their padding between the two headers:
/// less than the gap that parts the pieces of a line, more than CJK text of one cell ever leaves.
/// </summary>
public sealed class UnruledHeaderWordGapTests
{
    private static SyntheticPage ScoreHeaders(double gap, bool scored)
    {
        const double weightAt = 300;
        var scoreAt = weightAt + 20 + gap;
        var page = new SyntheticPage(1)
            .Word("一级指标", 50, 100).Word("三级指标", 110, 100).Word("实际完成值", 200, 100)
            .Word("分值", weightAt, 100).Word("得分", scoreAt, 100);
        (string Level1, string Name, string Actual)[] rows = [("产出指标", "完成率", "100%"), ("效益指标", "满意度", "95%"), ("满意度指标", "投诉率", "0")];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 120 + 14 * i;
            page.Word(rows[i].Level1, 50, y).Word(rows[i].Name, 110, y).Word(rows[i].Actual, 200, y, Digit).Word("10", weightAt, y, Digit);
            if (scored) page.Word("9", scoreAt, y, Digit);
        }
        return page;
    }

    [Fact]
    public void A_score_header_a_padding_after_the_weight_heads_the_empty_column_at_the_tables_right()
    {
        var table = Assert.Single(Lay(ScoreHeaders(gap: 4.2, scored: false).Build()).Tables);

        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["一级指标", "三级指标", "实际完成值", "分值", "得分"], table.RowTexts(0));
        Assert.Equal(["效益指标", "满意度", "95%", "10", ""], table.RowTexts(2));
    }

    [Fact]
    public void A_score_header_a_third_of_a_text_height_after_the_weight_heads_the_empty_column_too()
    {
        // LibreOffice's borderless HTML tables leave 4 pt between full cells of 12 pt text.
        var table = Assert.Single(Lay(ScoreHeaders(gap: 3.4, scored: false).Build()).Tables);

        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["一级指标", "三级指标", "实际完成值", "分值", "得分"], table.RowTexts(0));
    }

    [Fact]
    public void A_letter_spaced_header_stays_one_header_cell()
    {
        var spaced = ScoreHeaders(gap: 4, scored: true).Build();
        var words = spaced.Words.Where(w => w.Text != "一级指标").ToList();
        for (var k = 0; k < 4; k++) words.Add(new PositionedWord("一级指标"[k].ToString(), 50 + 14 * k, 100, 60 + 14 * k, 110));

        var table = Assert.Single(Lay(spaced with { Words = words }).Tables);

        Assert.Equal("一级指标", table.RowTexts(0)[0]);
    }
}
