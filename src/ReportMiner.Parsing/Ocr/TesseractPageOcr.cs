using System.Diagnostics;
using System.Globalization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// OCR of PDF pages: pdftoppm renders each to a greyscale PGM, borders are found and erased, tesseract reads the
/// words. The pages of one document are read together, <see cref="OcrOptions.PagesPerRun"/> at a time, so
/// tesseract loads its models once per pass for them (see <see cref="PageImageOcr"/>). Each page keeps its own
/// <see cref="ParseLimits.OcrPageTimeout"/>, shared by its rendering and its share of the tesseract runs.
/// </summary>
public sealed class TesseractPageOcr(OcrOptions? options = null) : IPageOcr
{
    public OcrOptions Options { get; } = options ?? OcrOptions.Default;

    public PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default)
    {
        var result = RecognizePages(pdfPath, [pageNumber], limits, cancellationToken)[0];
        return result.Words ?? throw result.Error!;
    }

    public IReadOnlyList<PageOcrResult> RecognizePages(string pdfPath, IReadOnlyList<int> pageNumbers, ParseLimits limits,
        CancellationToken cancellationToken = default)
    {
        var budgets = new PageBudgets(limits.OcrPageTimeout);
        var resolutions = Options.UseScanResolution ? ScanResolutions(pdfPath, limits, cancellationToken) : null;
        var index = pageNumbers.Select((page, i) => (page, i)).ToDictionary(p => p.page, p => p.i);
        void Started(int page) => ParseProgress.Report("ocr", index[page], pageNumbers.Count);
        var results = new List<PageOcrResult>(pageNumbers.Count);
        foreach (var chunk in pageNumbers.Chunk(Math.Max(1, Options.PagesPerRun)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Started(chunk[0]);
            var images = new List<PageImageOcr.PageImage>();
            var failed = new Dictionary<int, PageOcrResult>();
            foreach (var page in chunk)
            {
                try
                {
                    images.Add(Render(pdfPath, page, resolutions, budgets, limits, cancellationToken));
                }
                catch (DocumentParseException e) when (e.Kind is ParseErrorKind.Timeout or ParseErrorKind.ToolFailed)
                {
                    failed[page] = new PageOcrResult(page, null, e.Kind == ParseErrorKind.Timeout
                        ? TesseractBatch.Timeout(pdfPath, page, limits.OcrPageTimeout) : e);
                }
            }
            var read = PageImageOcr.RecognizePages(images, Options, pdfPath, budgets, Started, cancellationToken)
                .ToDictionary(r => r.PageNumber);
            results.AddRange(chunk.Select(page => failed.GetValueOrDefault(page) ?? read[page]));
        }
        return results;
    }

    /// <summary>
    /// Each page's scan resolution from one listing of the document's images; null when that listing takes too long,
    /// and each page is then asked about alone.
    /// </summary>
    private IReadOnlyDictionary<int, int>? ScanResolutions(string pdfPath, ParseLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            return ScanResolution.DetectAll(pdfPath, Options.MinDpi, Options.MaxDpi, limits.OcrPageTimeout, cancellationToken);
        }
        catch (DocumentParseException e) when (e.Kind == ParseErrorKind.Timeout)
        {
            return null;
        }
    }

    private PageImageOcr.PageImage Render(string pdfPath, int pageNumber, IReadOnlyDictionary<int, int>? resolutions,
        PageBudgets budgets, ParseLimits limits, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var workspace = new OcrWorkspace(Options.ScratchRoot);
        var prefix = workspace.File("page");
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        var dpi = (!Options.UseScanResolution ? null
            : resolutions is null ? ScanResolution.Detect(pdfPath, pageNumber, Options.MinDpi, Options.MaxDpi, limits.OcrPageTimeout, cancellationToken)
            : resolutions.TryGetValue(pageNumber, out var scanned) ? scanned : null) ?? Options.Dpi;
        var render = ToolRunner.Run(ExternalTool.PdfToPpm,
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", page, "-l", page, "-singlefile",
                pdfPath, prefix],
            pdfPath, budgets.Remaining(pageNumber), cancellationToken);
        var rendered = prefix + ".pgm";
        if (render.ExitCode != 0 || !File.Exists(rendered))
            throw new DocumentParseException(ParseErrorKind.ToolFailed, pdfPath,
                $"pdftoppm could not render page {pageNumber} (exit {render.ExitCode}): {render.StandardError.Trim()}",
                "The page may be damaged; check it in a PDF viewer.");
        var image = PgmCodec.Read(rendered);
        budgets.Spend(pageNumber, clock.Elapsed);
        if (budgets.Remaining(pageNumber) <= TimeSpan.Zero) throw TesseractBatch.Timeout(pdfPath, pageNumber, limits.OcrPageTimeout);
        return new PageImageOcr.PageImage(pageNumber, image, dpi);
    }
}
