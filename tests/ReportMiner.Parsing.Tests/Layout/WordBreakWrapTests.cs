using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless Chinese tables set at one line pitch throughout, whose cells LibreOffice and Word break at word
/// boundaries: a wrapped line stops up to a word short of its column's edge.
/// </summary>
public sealed class WordBreakWrapTests
{
    // Columns at 50, 135 and 300; every line 12 pt below the last (10 pt text), so row spacing says nothing.
    private static SyntheticPage Table(string firstLineText)
    {
        var page = new SyntheticPage(1).Line("项目绩效目标完成情况如下：", 50, 80);
        page.Word("一级指标", 50, 108).Word("三级指标", 135, 108).Word("指标值", 300, 108);
        page.Word("经济效益与社会", 50, 120).Word(firstLineText, 135, 120).Word("95", 300, 120, Digit);
        page.Word("效益指标", 50, 132).Word("落实", 135, 132);
        page.Word("质量指标", 50, 144).Word("考核合格率", 135, 144).Word("90", 300, 144, Digit);
        page.Word("时效指标", 50, 156).Word("按期完成率", 135, 156).Word("85", 300, 156, Digit);
        page.Line("以上为自评结果。", 50, 190);
        return page;
    }

    [Fact]
    public void A_cell_broken_before_a_word_that_would_not_have_fitted_stays_in_its_row()
    {
        // Fourteen characters end 25 pt before the next column: the two-character word 落实 would not have fitted.
        var table = Assert.Single(Lay(Table("对推动基建项目四项制度健全和").Build()).Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["经济效益与社会效益指标", "对推动基建项目四项制度健全和落实", "95"], table.RowTexts(1));
        Assert.Equal(["质量指标", "考核合格率", "90"], table.RowTexts(2));
    }

    [Fact]
    public void A_line_that_stops_where_the_next_word_would_still_have_fitted_is_no_wrapped_cell()
    {
        // Twelve characters end 45 pt before the next column: 落实 would have fitted, so the line below is a row.
        var table = Assert.Single(Lay(Table("对推动基建项目四项制度健").Build()).Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["效益指标", "落实", ""], table.RowTexts(2));
    }
}
