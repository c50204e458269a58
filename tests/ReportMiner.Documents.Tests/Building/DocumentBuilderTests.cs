using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Tests.Building;

public sealed class DocumentBuilderTests
{
    [Fact]
    public void A_merged_cell_is_one_cell_that_covers_its_span()
    {
        var builder = new DocumentBuilder("x", FileFormat.Docx);
        var draft = new TableDraft(page: 1)
            .AddCell(0, 0, "产出", rowSpan: 2)
            .AddCell(0, 1, "接通率")
            .AddCell(1, 1, "满意度");
        var table = builder.AddTable(draft)!;

        Assert.Equal(3, table.Cells.Count);
        Assert.Same(table.CellAt(0, 0), table.CellAt(1, 0));
        Assert.Equal(2, table.CellAt(1, 0)!.RowSpan);
        Assert.Equal(["产出", "满意度"], table.RowTexts(1));
    }

    [Fact]
    public void Char_offsets_point_at_the_block_text_in_the_canonical_text()
    {
        var builder = new DocumentBuilder("x", FileFormat.Txt);
        builder.AddParagraph("  一、基本情况\u3000");
        builder.AddTable(new TableDraft(1).AddCell(0, 0, "指标").AddCell(0, 1, "≥95%"));
        var doc = builder.Build();

        var paragraph = doc.Paragraphs.Single();
        Assert.Equal("一、基本情况", doc.Text.Substring(paragraph.Provenance.CharOffset, paragraph.Provenance.CharLength));
        var cell = doc.Tables.Single().CellAt(0, 1)!;
        Assert.Equal("≥95%", doc.Text.Substring(cell.Provenance.CharOffset, cell.Provenance.CharLength));
        Assert.Equal(0, cell.Provenance.Table);
    }

    [Fact]
    public void A_continued_table_keeps_the_page_of_each_cell()
    {
        var first = new TableDraft(page: 4).AddCell(0, 0, "a").AddCell(0, 1, "b");
        first.Append(new TableDraft(page: 5).AddCell(0, 0, "c").AddCell(0, 1, "d"));
        var table = new DocumentBuilder("x", FileFormat.Pdf).AddTable(first)!;

        Assert.Equal(2, table.RowCount);
        Assert.Equal(5, table.CellAt(1, 0)!.Provenance.Page);
        Assert.Equal(4, table.Page);
        Assert.Equal(5, table.LastPage);
    }
}
