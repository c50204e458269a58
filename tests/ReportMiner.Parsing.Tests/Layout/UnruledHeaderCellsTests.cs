using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Header cells of a borderless table that wrap over different numbers of lines: in narrow cells the wrapped lines
/// follow each other a little less than the cell padding apart, and a one-line header is set level with the middle of
/// its taller neighbours, not above them.
/// </summary>
public sealed class UnruledHeaderCellsTests
{
    [Fact]
    public void Wrapped_headers_a_little_under_the_padding_apart_are_parted_where_their_first_lines_start_cells()
    {
        // 年度|指标值, 实际|完成值 and 分|值 in narrow cells 2.6 pt apart (a quarter of a text height) over figures
        // centred in their cells, so no line below starts or ends where the headers do.
        var page = new SyntheticPage(1)
            .Word("指标名称", 50, 100).Word("年度", 140, 100).Word("实际", 172.6, 100).Word("分", 205.2, 100)
            .Word("指标值", 140, 111).Word("完成值", 172.6, 111).Word("值", 205.2, 111);
        (string Name, string Target, string Actual, string Weight)[] rows =
            [("培训人数", "200", "210", "10"), ("合格率", "95%", "98%", "10"), ("完成时间", "12", "11", "5"), ("满意度", "90%", "96%", "20")];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 130 + 14 * i;
            page.Word(rows[i].Name, 50, y);
            Centred(page, rows[i].Target, 155, y);
            Centred(page, rows[i].Actual, 187.6, y);
            Centred(page, rows[i].Weight, 212, y);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["指标名称", "年度指标值", "实际完成值", "分值"], table.RowTexts(0));
        Assert.Equal(["合格率", "95%", "98%", "10"], table.RowTexts(2));
    }

    private static void Centred(SyntheticPage page, string text, double middle, double y) =>
        page.Word(text, middle - text.Length * Digit / 2, y, Digit);

    [Fact]
    public void A_one_line_header_level_with_the_middle_of_two_wrapped_ones_is_a_cell_of_their_row_not_a_label_over_them()
    {
        // 全年预算数|(A) and 执行率|(B/A) wrap; 执行数(B) between them is set on one line level with their middle, and by
        // chance its middle falls midway between the outer columns' figures.
        var page = new SyntheticPage(1)
            .Word("项目资金", 50, 107).Word("全年预算数", 120, 100).Word("执行率", 318, 100)
            .Word("执行数(B)", 210, 107)
            .Word("(A)", 120, 114).Word("(B/A)", 318, 114);
        string[] labels = ["年度资金总额", "财政拨款", "其他资金"];
        for (var i = 0; i < labels.Length; i++)
        {
            var y = 134 + 14 * i;
            page.Word(labels[i], 50, y).Word("194.9", 120, y, Digit).Word("194.9", 210, y, Digit).Word("100.00%", 318, y, Digit);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["项目资金", "全年预算数(A)", "执行数(B)", "执行率(B/A)"], table.RowTexts(0));
    }
}
