using System.Collections.Concurrent;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

/// <summary>OCRs each scanned fixture page at most once per test run (OCR costs seconds per page).</summary>
public sealed class ScannedPageCache
{
    private readonly ConcurrentDictionary<(string Path, int Page), Lazy<PageWords>> _pages = new();

    public TesseractPageOcr Ocr { get; } = new();

    public PageWords Page(string path, int page) =>
        _pages.GetOrAdd((path, page), key => new Lazy<PageWords>(() => Ocr.Recognize(key.Path, key.Page, ParseLimits.Default)))
            .Value;

    /// <summary>The scan read by the PDF parser with OCR for its image-only pages, each page OCR'd once per run.</summary>
    public Document Document(string path) =>
        new PdfParser(new CachedOcr(this)).Parse(new ParseRequest(path, FileFormat.ScannedPdf, ParseLimits.Default));

    /// <summary>The page's text lines, words joined with the CJK spacing rule.</summary>
    public IReadOnlyList<string> Lines(string path, int page) =>
        LineBuilder.Build(Page(path, page).Words).Select(l => l.Text).ToList();
}

/// <summary>The cache seen through the OCR contract the PDF parser calls.</summary>
public sealed class CachedOcr(ScannedPageCache cache) : IPageOcr
{
    public PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default) =>
        cache.Page(pdfPath, pageNumber);
}

[CollectionDefinition(Name)]
public sealed class ScannedPagesCollection : ICollectionFixture<ScannedPageCache>
{
    public const string Name = "Scanned fixture pages";
}
