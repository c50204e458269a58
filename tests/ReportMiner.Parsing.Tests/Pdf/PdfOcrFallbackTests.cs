using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class PdfOcrFallbackTests
{
    /// <summary>Stands in for Tesseract: returns a one-cell ruled table and a sentence, in pixel coordinates.</summary>
    private sealed class FakeOcr : IPageOcr
    {
        public List<int> Pages { get; } = [];

        public PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default)
        {
            Pages.Add(pageNumber);
            PositionedWord W(string t, double x, double y) => new(t, x, y, x + 40 * t.Length, y + 40);
            RuleLine[] rules = [new(100, 400, 1500, 400), new(100, 500, 1500, 500), new(100, 600, 1500, 600),
                new(100, 400, 100, 600), new(800, 400, 800, 600), new(1500, 400, 1500, 600)];
            return new PageWords(0, 1654, 2339, [W($"第{pageNumber}页正文。", 100, 200), W("指标", 120, 430), W("完成值", 820, 430),
                W("接通率", 120, 530), W("94.07%", 820, 530)], rules);
        }
    }

    [Fact]
    public void Pages_without_a_text_layer_are_recognised_by_the_ocr_engine_and_laid_out_like_text()
    {
        var ocr = new FakeOcr();
        var path = RepoPaths.Fixture("000", ".scanned.pdf");

        var doc = new PdfParser(ocr: ocr).Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default));

        Assert.Equal([1, 2], ocr.Pages);
        Assert.Equal(FileFormat.ScannedPdf, doc.Format);
        Assert.All(doc.Pages, p => Assert.True(p.FromOcr));
        Assert.Equal(["第1页正文。"], doc.Paragraphs.Where(p => p.Provenance.Page == 1).Select(p => p.Text));
        var table = doc.Tables.First();
        Assert.Equal(["接通率", "94.07%"], table.RowTexts(1));
    }

    /// <summary>An engine whose first page runs past its time limit.</summary>
    private sealed class FirstPageTimesOut : IPageOcr
    {
        private readonly FakeOcr _inner = new();

        public PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default) =>
            pageNumber == 1
                ? throw new DocumentParseException(ParseErrorKind.Timeout, pdfPath, "OCR of page 1 did not finish in time.", "")
                : _inner.Recognize(pdfPath, pageNumber, limits, cancellationToken);
    }

    [Fact]
    public void A_page_whose_ocr_times_out_becomes_a_warning_and_the_other_pages_are_kept()
    {
        var doc = new PdfParser(new FirstPageTimesOut())
            .Parse(new ParseRequest(RepoPaths.Fixture("000", ".scanned.pdf"), FileFormat.Pdf, ParseLimits.Default));

        Assert.Contains(doc.Warnings, w => w.StartsWith("Page 1: OCR of page 1 did not finish", StringComparison.Ordinal));
        Assert.Equal(["第2页正文。"], doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Without_an_ocr_engine_pages_without_text_are_reported_in_warnings()
    {
        var doc = new PdfParser().Parse(new ParseRequest(RepoPaths.Fixture("000", ".scanned.pdf"), FileFormat.Pdf, ParseLimits.Default));

        Assert.Equal(FileFormat.Pdf, doc.Format);
        Assert.Equal(2, doc.Warnings.Count(w => w.Contains("no text layer", StringComparison.Ordinal)));
        Assert.Empty(doc.Blocks);
    }

    [Fact]
    public void A_pdf_with_a_text_layer_never_calls_the_ocr_engine()
    {
        var ocr = new FakeOcr();

        var doc = new PdfParser(ocr).Parse(new ParseRequest(RepoPaths.Fixture("001", ".pdf"), FileFormat.Pdf, ParseLimits.Default));

        Assert.Empty(ocr.Pages);
        Assert.Equal(FileFormat.Pdf, doc.Format);
        Assert.DoesNotContain(doc.Pages, p => p.FromOcr);
    }
}
