using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Parsing.Tests.Spreadsheet;
using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Word.DocxFactory;

namespace ReportMiner.Parsing.Tests.BadInput;

/// <summary>Spans and merges are bounded by the real grid, so a hostile number in a file cannot demand billions of cells.</summary>
public sealed class GridBoundsTests
{
    private static Document Read(string path) => DefaultDocumentReader.Create().Read(path);

    [Fact]
    public void A_merge_over_the_whole_sheet_is_cut_to_the_used_range()
    {
        using var dir = new TempDirectory();
        var path = new XlsxFactory().Sheet("表").Inline("A1", "项目名称").Inline("B2", "接通率").Merge("A1:XFD1048576").Save(dir.File("m.xlsx"));
        var table = HangGuard.Within(TimeSpan.FromSeconds(20), () => Read(path).Tables.Single());
        var cell = table.CellAt(0, 0)!;
        // Two rows of the used range; one column, as no other cell of the form starts in the columns it covers.
        Assert.Equal(("项目名称", 2, 1), (cell.Text, cell.RowSpan, cell.ColumnSpan));
    }

    [Fact]
    public void One_stray_cell_at_the_last_address_is_a_too_large_error_not_an_out_of_memory()
    {
        using var dir = new TempDirectory();
        var path = new XlsxFactory().Sheet("表").Inline("A1", "项目名称").Inline("XFD1048576", "x").Save(dir.File("far.xlsx"));
        var error = Assert.Throws<DocumentParseException>(() => Read(path));
        Assert.Equal(ParseErrorKind.TooLarge, error.Kind);
        Assert.Contains("1,048,576 rows", error.Message);
    }

    [Fact]
    public void A_gridspan_of_a_billion_is_read_as_the_widest_word_table()
    {
        using var dir = new TempDirectory();
        var body = "<w:tbl><w:tr>" + Tc(P("一级指标"), "<w:gridSpan w:val=\"1000000000\"/>") + Tc(P("接通率")) + "</w:tr></w:tbl>";
        var table = Read(Write(dir.File("span.docx"), body)).Tables.Single();
        Assert.Equal(63, table.CellAt(0, 0)!.ColumnSpan);
        Assert.Equal("接通率", table.CellAt(0, 63)!.Text);
    }

    [Fact]
    public void An_image_too_large_to_decode_is_refused_from_its_header()
    {
        using var dir = new TempDirectory();
        var path = dir.File("huge.png");
        // Signature and an IHDR for 30000 × 30000 grey pixels; no pixel data is needed for the size check.
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
            0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];
        File.WriteAllBytes(path, png);
        var error = HangGuard.Within(TimeSpan.FromSeconds(10), () => Assert.Throws<DocumentParseException>(() => Read(path)));
        Assert.Equal(ParseErrorKind.TooLarge, error.Kind);
        Assert.Contains("30,000 × 30,000", error.Message);
    }
}
