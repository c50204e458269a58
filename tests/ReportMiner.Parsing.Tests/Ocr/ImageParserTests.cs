using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Ocr;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class ImageParserTests
{
    [Fact]
    public void A_scanned_form_saved_as_png_becomes_a_document_with_its_ruled_table()
    {
        using var temp = new TempDirectory();
        var png = ScanImages.Render(temp);

        var document = new ImageParser().Parse(new ParseRequest(png, FileFormat.Image, ParseLimits.Default));

        Assert.Equal(FileFormat.Image, document.Format);
        Assert.True(Assert.Single(document.Pages).FromOcr);
        ScanImages.AssertFundsRow(document);
    }

    [Fact]
    public void A_jpeg_scan_is_read_by_tesseract_directly_and_keeps_its_numbers()
    {
        using var temp = new TempDirectory();
        var jpeg = ScanImages.Render(temp, format: "-jpeg");

        var document = new ImageParser().Parse(new ParseRequest(jpeg, FileFormat.Image, ParseLimits.Default));

        var page = Assert.Single(document.Pages);
        Assert.Equal(1654, page.Width, 0);
        Assert.Matches(@"57\s*100%\s*38\.25\s*67%\s*18\.75", document.Text.Replace('\t', ' '));
    }

    [Fact]
    public void Png_pixels_decode_to_the_same_grey_values_pdftoppm_writes_as_pgm()
    {
        using var temp = new TempDirectory();
        var png = ScanImages.Render(temp);
        using var pgmTemp = new TempDirectory();
        var pgm = ScanImages.Render(pgmTemp, format: "-gray");

        var decoded = PngGrayDecoder.TryDecode(png, maxPixels: 100_000_000);

        Assert.NotNull(decoded);
        var expected = PgmCodec.Read(pgm);
        Assert.Equal((expected.Width, expected.Height), (decoded.Width, decoded.Height));
        Assert.Equal(expected.Pixels, decoded.Pixels);
    }

    [Fact]
    public void A_file_that_is_not_a_png_is_not_decoded()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("x.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);

        Assert.Null(PngGrayDecoder.TryDecode(temp.File("x.jpg"), maxPixels: 1000));
    }
}
