using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.BadInput;

public sealed class DocxBadInputTests
{
    private static DocumentParseException Fails(string path, ParseLimits? limits = null)
    {
        var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create(limits).Read(path));
        Assert.Contains(Path.GetFileName(path), ex.Message);
        Assert.False(string.IsNullOrWhiteSpace(ex.Advice));
        return ex;
    }

    [Fact]
    public void A_zero_byte_file_is_reported_as_empty()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("空白.docx"), []);

        Assert.Equal(ParseErrorKind.Empty, Fails(dir.File("空白.docx")).Kind);
    }

    [Fact]
    public void A_docx_cut_in_half_is_reported_as_corrupt()
    {
        using var dir = new TempDirectory();
        var whole = File.ReadAllBytes(RepoPaths.Fixture("002", ".docx"));
        File.WriteAllBytes(dir.File("half.docx"), whole[..(whole.Length / 2)]);

        Assert.Equal(ParseErrorKind.Corrupt, Fails(dir.File("half.docx")).Kind);
    }

    [Fact]
    public void Random_bytes_named_docx_are_reported_as_unsupported()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[64 * 1024];
        new Random(20211231).NextBytes(bytes);
        File.WriteAllBytes(dir.File("random.docx"), bytes);

        Assert.Equal(ParseErrorKind.Unsupported, Fails(dir.File("random.docx")).Kind);
    }

    [Fact]
    public void A_docx_whose_document_part_is_not_xml_is_reported_as_corrupt()
    {
        using var dir = new TempDirectory();
        var path = Word.DocxFactory.Write(dir.File("bad-xml.docx"), "<w:p><w:r><w:t>未闭合</w:r></w:p>");

        var ex = Fails(path);

        Assert.Equal(ParseErrorKind.Corrupt, ex.Kind);
        Assert.Contains("save it again", ex.Advice);
    }

    [Fact]
    public void A_gigabyte_zip_bomb_disguised_as_docx_is_rejected_quickly()
    {
        using var dir = new TempDirectory();
        var path = ZipBombFactory.Write(dir.File("bomb.docx"), "word/document.xml", 1L << 30);

        var ex = HangGuard.Within(TimeSpan.FromSeconds(5), () => Fails(path));

        Assert.Equal(ParseErrorKind.TooLarge, ex.Kind);
    }

    [Fact]
    public void An_entry_that_expands_beyond_the_ratio_limit_is_a_bomb_even_under_the_size_cap()
    {
        using var dir = new TempDirectory();
        var path = ZipBombFactory.Write(dir.File("ratio.docx"), "word/document.xml", 40L << 20, System.IO.Compression.CompressionLevel.SmallestSize);

        var ex = Fails(path);

        Assert.Equal(ParseErrorKind.TooLarge, ex.Kind);
        Assert.Contains("zip bomb", ex.Problem);
        Assert.Contains("word/document.xml", ex.Problem);
    }

    [Fact]
    public void A_tight_decompressed_size_limit_rejects_an_ordinary_docx()
    {
        var limits = ParseLimits.Default with { MaxDecompressedBytes = 50_000 };

        Assert.Equal(ParseErrorKind.TooLarge, Fails(RepoPaths.Fixture("002", ".docx"), limits).Kind);
    }

    [Fact]
    public void A_zip_bomb_disguised_as_xlsx_is_rejected()
    {
        using var dir = new TempDirectory();
        var path = ZipBombFactory.Write(dir.File("bomb.xlsx"), "xl/workbook.xml", 40L << 20, System.IO.Compression.CompressionLevel.SmallestSize);

        Assert.Equal(ParseErrorKind.TooLarge, Fails(path).Kind);
    }

    [Fact]
    public void An_xlsx_whose_parts_are_missing_is_reported_as_corrupt()
    {
        using var dir = new TempDirectory();
        using (var zip = System.IO.Compression.ZipFile.Open(dir.File("hollow.xlsx"), System.IO.Compression.ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
                writer.Write("<workbook/>");

        var ex = Fails(dir.File("hollow.xlsx"));

        Assert.Equal(ParseErrorKind.Corrupt, ex.Kind);
        Assert.Contains(".xlsx", ex.Advice);
    }

    [Fact]
    public void A_docx_nested_ten_thousand_levels_deep_is_refused_without_crashing()
    {
        using var dir = new TempDirectory();
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 10_000)) + Word.DocxFactory.P("深") +
                   string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 10_000));

        var ex = Fails(Word.DocxFactory.Write(dir.File("deep.docx"), body));

        Assert.Equal(ParseErrorKind.Corrupt, ex.Kind);
    }
}
