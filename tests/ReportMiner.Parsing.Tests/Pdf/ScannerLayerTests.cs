using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class ScannerLayerTests
{
    /// <summary>Stands in for Tesseract and counts the pages it is asked for.</summary>
    private sealed class CountingOcr : IPageOcr
    {
        public List<int> Pages { get; } = [];

        public PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default)
        {
            Pages.Add(pageNumber);
            return new PageWords(0, 1654, 2339, [new PositionedWord("Read from the image.", 100, 200, 900, 240)], []);
        }
    }

    /// <summary>One page whose sentence is drawn in render mode 3 (invisible), as scanners write their OCR layer.</summary>
    private static Document Parse(TempDirectory dir, IPageOcr? ocr, ParseLimits limits, int renderMode = 3)
    {
        var pdf = new MinimalPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var stream = pdf.AddStream("", $"BT /F1 12 Tf {renderMode} Tr 72 700 Td (Text of the scanner layer.) Tj ET");
        var page = pdf.Add($"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 600 800] /Contents {stream} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>");
        var pages = pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        var path = dir.File("layer.pdf");
        File.WriteAllBytes(path, pdf.Build(root));
        return new PdfParser(ocr).Parse(new ParseRequest(path, FileFormat.Pdf, limits));
    }

    [Fact]
    public void An_invisible_text_layer_is_read_again_by_the_ocr_engine_with_a_warning()
    {
        using var dir = new TempDirectory();
        var ocr = new CountingOcr();

        var doc = Parse(dir, ocr, ParseLimits.Default);

        Assert.Equal([1], ocr.Pages);
        Assert.Equal(["Read from the image."], doc.Paragraphs.Select(p => p.Text));
        Assert.Contains(doc.Warnings, w => w.Contains("invisible OCR layer", StringComparison.Ordinal));
    }

    [Fact]
    public void Visible_text_is_never_sent_to_the_ocr_engine()
    {
        using var dir = new TempDirectory();
        var ocr = new CountingOcr();

        var doc = Parse(dir, ocr, ParseLimits.Default, renderMode: 0);

        Assert.Empty(ocr.Pages);
        Assert.Equal(["Text of the scanner layer."], doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Past_the_ocr_page_limit_the_invisible_layer_is_kept_without_calling_the_engine()
    {
        using var dir = new TempDirectory();
        var ocr = new CountingOcr();

        var doc = Parse(dir, ocr, ParseLimits.Default with { MaxOcrPages = 0 });

        Assert.Empty(ocr.Pages);
        Assert.Equal(["Text of the scanner layer."], doc.Paragraphs.Select(p => p.Text));
        Assert.Empty(doc.Warnings);
    }
}
