using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class SparseRightColumnTests
{
    [Fact]
    public void Columns_holding_only_their_header_and_one_figure_are_columns_when_the_other_rows_fill_only_their_first_cells()
    {
        var page = new SyntheticPage(1).Line("绩效指标完成情况如下：", 50, 70);
        page.Word("一级指标", 50, 100).Word("二级指标", 98, 100).Word("三级指标", 146, 100).Word("指标值", 194, 100).Word("分值", 232, 100);
        page.Word("产出指标", 50, 120).Word("数量指标", 98, 120).Word("培训人数", 146, 120).Word("100", 194, 120, Digit).Word("10", 232, 120, Digit);
        // Rows packed to the left, as a table of rows with fewer cells than its header is drawn.
        string[][] packed = [["合格比率", "全部合格", "96%"], ["完成比率", "按时完成", "100%"], ["满意程度", "比较满意", "92%"]];
        for (var i = 0; i < packed.Length; i++)
        {
            var y = 140 + 20 * i;
            page.Word(packed[i][0], 50, y).Word(packed[i][1], 98, y).Word(packed[i][2], 146, y, Digit);
        }
        page.Line("以上为自评结果。", 50, 230);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值", "分值"], table.RowTexts(0));
        Assert.Equal(["产出指标", "数量指标", "培训人数", "100", "10"], table.RowTexts(1));
    }
}
