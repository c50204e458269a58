using System.Collections.Concurrent;
using ReportMiner.Parsing.Abstractions;
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

    /// <summary>The page's text lines, words joined with the CJK spacing rule.</summary>
    public IReadOnlyList<string> Lines(string path, int page) =>
        TextLines.Group(Page(path, page).Words).Select(TextLines.Join).ToList();
}

[CollectionDefinition(Name)]
public sealed class ScannedPagesCollection : ICollectionFixture<ScannedPageCache>
{
    public const string Name = "Scanned fixture pages";
}
