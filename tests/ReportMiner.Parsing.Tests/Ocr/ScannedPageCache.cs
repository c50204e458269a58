using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;
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

    /// <summary>Every page OCR'd and laid out the way the PDF parser will do it for a scan without a text layer.</summary>
    public Document Document(string path)
    {
        var info = ToolRunner.Run(ExternalTool.PdfInfo, [path], path, TimeSpan.FromSeconds(30));
        var count = int.Parse(Regex.Match(info.StandardOutput, @"Pages:\s+(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        var pages = Enumerable.Range(1, count).Select(p => Page(path, p)).ToList();
        var builder = new DocumentBuilder(path, FileFormat.ScannedPdf);
        foreach (var page in pages) builder.AddPage(new ReportMiner.Documents.Model.Page(page.PageNumber, page.Width, page.Height, FromOcr: true));
        new LayoutEngineOcrLayout().Write(pages, builder);
        return builder.Build();
    }

    /// <summary>The page's text lines, words joined with the CJK spacing rule.</summary>
    public IReadOnlyList<string> Lines(string path, int page) =>
        LineBuilder.Build(Page(path, page).Words).Select(l => l.Text).ToList();
}

[CollectionDefinition(Name)]
public sealed class ScannedPagesCollection : ICollectionFixture<ScannedPageCache>
{
    public const string Name = "Scanned fixture pages";
}
