using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless tables exported with little cell padding: a cell filled to its edge leaves only the padding (under half a
/// text height, as little as 0.33 of it in LibreOffice's HTML tables) before the next cell's text.
/// </summary>
public sealed class UnruledTightPaddingTests
{
    // Header cells wrap over two lines; 全年完 fills its cell, so 未完成原因和 follows 4 pt (0.4 text height) after it.
    // The remarks column is empty in every row below, as it mostly is in performance self-evaluation tables.
    private static SyntheticPage RemarksTable()
    {
        var page = new SyntheticPage(1)
            .Word("指标名称", 50, 100).Word("目标值", 150, 100).Word("全年完", 230, 100).Word("未完成原因和", 264, 100)
            .Word("成值", 230, 111).Word("改进措施", 264, 111);
        (string Name, string Target, string Actual)[] rows = [("接通率", "100%", "98%"), ("满意度", "90%", "95%"), ("办结率", "100%", "100%")];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i].Name, 50, 130 + 14 * i).Word(rows[i].Target, 150, 130 + 14 * i, Digit).Word(rows[i].Actual, 230, 130 + 14 * i, Digit);
        return page;
    }

    [Fact]
    public void A_wrapped_header_a_cell_padding_after_a_full_cell_heads_a_column_of_its_own()
    {
        var table = Assert.Single(Lay(RemarksTable().Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["指标名称", "目标值", "全年完成值", "未完成原因和改进措施"], table.RowTexts(0));
        Assert.Equal(["满意度", "90%", "95%", ""], table.RowTexts(2));
    }

    [Fact]
    public void Letter_spaced_words_closer_than_a_cell_padding_stay_one_cell()
    {
        // 2.5 pt between the letters of a distributed label, and 年度 starting under 指 on the next line.
        var page = RemarksTable().Word("绩", 50, 172).Word("效", 62.5, 172).Word("指", 75, 172).Word("标", 87.5, 172)
            .Word("100%", 150, 172, Digit).Word("99%", 230, 172, Digit)
            .Word("年度", 75, 186).Word("80%", 150, 186, Digit).Word("85%", 230, 186, Digit);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Contains(Enumerable.Range(0, table.RowCount).Select(table.RowTexts), r => r[0] == "绩效指标");
    }
}
