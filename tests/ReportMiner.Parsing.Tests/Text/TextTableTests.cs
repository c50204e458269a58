using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Text;

public sealed class TextTableTests
{
    private static Document Parse(string text) => TextParsing.Parse(text);

    [Fact]
    public void A_single_tab_line_is_prose_not_a_table()
    {
        var document = Parse("标题\n项目名称\t热线项目\n正文一段。\n");
        Assert.Empty(document.Tables);
        Assert.Contains("项目名称 热线项目", document.Text);
    }

    [Fact]
    public void Leading_empty_cells_extend_the_cell_above_downward()
    {
        var table = Assert.Single(Parse("一级\t二级\t三级\n产出\t数量\t受理量\n\t\t办结率\n\t质量\t满意度\n").Tables);
        var output = table.CellAt(1, 0)!;
        Assert.Equal("产出", output.Text);
        Assert.Equal(3, output.RowSpan);
        Assert.Equal(2, table.CellAt(1, 1)!.RowSpan);
        Assert.Equal("质量", table.CellAt(3, 1)!.Text);
        Assert.Null(table.Cells.FirstOrDefault(c => c.Row == 2 && c.Column == 0));
    }

    [Fact]
    public void Single_blank_lines_inside_a_tab_table_do_not_split_it_but_prose_does()
    {
        var document = Parse("甲\t乙\n1\t2\n\n3\t4\n说明文字。\n5\t6\n7\t8\n");
        var tables = document.Tables.ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(3, tables[0].RowCount);
    }

    [Fact]
    public void A_form_exported_one_cell_per_line_keeps_wrapped_cells_and_rows()
    {
        const string form = "表头\n\t 基本情况 \n\t项目名称\n\t热线项目\n\n\t\n\t 预算（万元） \n\t57\n\n\t\n\t 说明 \n\t第一行\n续写一行\n\n";
        var table = Assert.Single(Parse(form).Tables);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(["基本情况", "项目名称", "热线项目"], table.RowTexts(0));
        Assert.Equal(["基本情况", "预算（万元）", "57"], table.RowTexts(1));
        Assert.Equal("第一行\n续写一行", table.CellAt(2, 2)!.Text);
        Assert.Equal(3, table.CellAt(0, 0)!.RowSpan);
    }

    [Fact]
    public void Form_feeds_start_new_pages()
    {
        var document = Parse("第一页\f第二页正文\n");
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(2, document.Paragraphs.Last().Page);
    }
}
