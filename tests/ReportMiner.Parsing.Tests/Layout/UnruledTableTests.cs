using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

public sealed class UnruledTableTests
{
    [Fact]
    public void Columns_aligned_over_several_lines_without_rules_become_a_table()
    {
        var page = new SyntheticPage(1).Line("主要指标如下：", 50, 80);
        string[][] rows = [["指标名称", "完成值"], ["接通率", "94.07%"], ["满意度", "97.52%"], ["解答率", "98.79%"]];
        for (var i = 0; i < rows.Length; i++)
            page.Word(rows[i][0], 50, 100 + 14 * i).Word(rows[i][1], 300, 100 + 14 * i, 6);
        page.Line("以上数据来自月报。", 50, 200);

        var doc = Lay(page.Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal((4, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal(["满意度", "97.52%"], table.RowTexts(2));
        Assert.Equal(["主要指标如下：", "以上数据来自月报。"], doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Ordinary_prose_is_not_mistaken_for_a_table()
    {
        var page = new SyntheticPage(1);
        for (var i = 0; i < 5; i++)
            page.Word("本项目资金使用合规", 50, 100 + 14 * i).Word("2021", 142, 100 + 14 * i, 6).Word("年度执行良好，无截留挪用", 168, 100 + 14 * i);

        var doc = Lay(page.Build());

        Assert.Empty(doc.Tables);
        Assert.Single(doc.Paragraphs);
    }
}
