using ReportMiner.Parsing.Layout;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class WrappedPercentSignTests
{
    [Fact]
    public void A_percent_sign_wrapped_under_its_figure_in_a_centred_cell_stays_in_the_figures_row()
    {
        var page = new SyntheticPage(1).Line("绩效指标完成情况如下：", 50, 70);
        page.Word("二级指标", 50, 100).Word("三级指标", 110, 100).Word("指标值", 250, 100).Word("完成值", 290, 100);
        string[][] rows = [["数量指标", "培训人数达标率", "100", "98"], ["质量指标", "考核合格率", "95", "96"],
            ["时效指标", "按时完成率", "100", "100"]];
        for (var i = 0; i < rows.Length; i++)
        {
            // Each figure fills its narrow column, so its sign wraps onto the next line; the one-line cells of the
            // row are centred between the two.
            var y = 130 + 25 * i;
            page.Word(rows[i][0], 50, y).Word(rows[i][1], 110, y);
            page.Word(rows[i][2], 250, y - 8, Digit).Word("%", 250, y + 4, Digit);
            page.Word(rows[i][3], 290, y - 8, Digit).Word("%", 290, y + 4, Digit);
        }
        page.Line("以上为自评结果。", 50, 230);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal((4, 4), (table.RowCount, table.ColumnCount));
        Assert.Equal(["数量指标", "培训人数达标率", "100%", "98%"], table.RowTexts(1));
        Assert.Equal(["时效指标", "按时完成率", "100%", "100%"], table.RowTexts(3));
    }

    [Fact]
    public void A_percent_sign_with_words_beside_it_or_a_row_below_a_figure_is_left_where_it_is()
    {
        PositionedWord[] words =
        [
            new("100", 250, 100, 268, 110), new("%", 250, 112, 256, 122), new("完成", 262, 112, 282, 122),
            new("95", 300, 100, 312, 110), new("%", 300, 125, 306, 135),
        ];

        var joined = WrappedPercentSigns.Join(words, 10);

        Assert.Equal(words.Select(w => w.Text), joined.Select(w => w.Text));
    }
    [Fact]
    public void A_sign_under_its_figure_joins_it_though_the_words_of_the_cell_to_its_left_end_close_to_it()
    {
        // Little cell padding: the label cell ends 0.9 text heights left of the sign.
        PositionedWord[] words =
        [
            new("县级储备粮贷款付息及时率", 130, 112, 241, 122), new("100", 250, 100, 268, 110), new("%", 250, 112, 256, 122),
        ];

        var joined = WrappedPercentSigns.Join(words, 10);

        Assert.Equal(["县级储备粮贷款付息及时率", "100%"], joined.Select(w => w.Text));
    }

    [Theory]
    [InlineData("98")]
    [InlineData("９８")]
    public void A_sign_one_space_after_a_figure_on_its_own_line_stays_that_figures_sign(string figure)
    {
        PositionedWord[] words = [new(figure, 229, 112, 241, 122), new("100", 250, 100, 268, 110), new("%", 250, 112, 256, 122)];

        var joined = WrappedPercentSigns.Join(words, 10);

        Assert.Equal([figure, "100", "%"], joined.Select(w => w.Text));
    }

    [Fact]
    public void A_sign_wrapped_under_a_figure_in_full_width_digits_joins_it()
    {
        PositionedWord[] words = [new("１００", 250, 100, 268, 110), new("％", 250, 112, 256, 122)];

        var joined = WrappedPercentSigns.Join(words, 10);

        Assert.Equal(["１００％"], joined.Select(w => w.Text));
    }
}
