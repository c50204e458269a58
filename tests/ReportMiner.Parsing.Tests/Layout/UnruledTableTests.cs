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

    [Fact]
    public void A_cell_wrapped_onto_its_own_line_in_an_unruled_table_stays_in_its_row()
    {
        var page = new SyntheticPage(1)
            .Word("指标", 50, 100).Word("完成情况", 300, 100)
            .Word("接通率", 50, 114).Word("总接通数为", 300, 114)
            .Word("10975138次。", 300, 128, 6)
            .Word("满意度", 50, 142).Word("97.52%", 300, 142, 6)
            .Word("解答率", 50, 156).Word("98.79%", 300, 156, 6);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["接通率", "总接通数为10975138次。"], table.RowTexts(1));
        Assert.Equal(["满意度", "97.52%"], table.RowTexts(2));
    }
}
