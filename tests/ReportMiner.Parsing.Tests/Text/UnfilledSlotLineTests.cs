using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Text;

public sealed class UnfilledSlotLineTests
{
    private static Document Parse(string text) => TextParsing.Parse(text);

    [Fact]
    public void An_empty_template_slot_written_alone_between_rows_does_not_split_the_table()
    {
        var document = Parse("三级指标\t分值\t得分\n植树数量\t10\t9\n指标2：\n……\n苗木成活率\t10\t10\n指标3\n管护及时率\t5\t5\n");
        var table = Assert.Single(document.Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(["苗木成活率", "10", "10"], table.RowTexts(2));
    }

    [Fact]
    public void A_slot_label_with_text_after_it_is_prose_that_ends_the_table()
    {
        var document = Parse("三级指标\t分值\n植树数量\t10\n指标2：苗木成活率达到90%\n管护及时率\t5\n巡查次数\t5\n");
        Assert.Equal(2, document.Tables.Count());
    }

    [Fact]
    public void A_slot_in_traditional_script_does_not_split_the_table_either()
    {
        var document = Parse("三級指標\t分值\t得分\n植樹數量\t10\t9\n指標2：\n苗木成活率\t10\t10\n");
        var table = Assert.Single(document.Tables);
        Assert.Equal(3, table.RowCount);
    }

    [Fact]
    public void An_export_with_a_blank_line_after_every_line_keeps_slot_lines_inside_the_table()
    {
        var document = Parse("三级指标\t分值\t得分\n\n植树数量\t10\t9\n\n指标2：\n\n苗木成活率\t10\t10\n\n");
        var table = Assert.Single(document.Tables);
        Assert.Equal(["苗木成活率", "10", "10"], table.RowTexts(2));
    }

    [Fact]
    public void Three_blank_lines_in_a_row_still_end_a_plain_table()
    {
        var document = Parse("三级指标\t分值\n植树数量\t10\n\n\n\n管护及时率\t5\n巡查次数\t5\n");
        Assert.Equal(2, document.Tables.Count());
    }
}
