using System.Diagnostics;
using System.Globalization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// OCR of one PDF page: pdftoppm renders it to a greyscale PGM, borders are found and erased, tesseract reads
/// the words. Both tools share the page's <see cref="ParseLimits.OcrPageTimeout"/>.
/// </summary>
public sealed class TesseractPageOcr(OcrOptions? options = null) : IPageOcr
{
    public OcrOptions Options { get; } = options ?? OcrOptions.Default;

    public PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default)
    {
        try
        {
            return RenderAndRecognize(pdfPath, pageNumber, limits, cancellationToken);
        }
        catch (DocumentParseException e) when (e.Kind == ParseErrorKind.Timeout)
        {
            throw Timeout(pdfPath, pageNumber, limits, e);
        }
    }

    private PageWords RenderAndRecognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var workspace = new OcrWorkspace(Options.ScratchRoot);
        var prefix = workspace.File("page");
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        var dpi = (Options.UseScanResolution
            ? ScanResolution.Detect(pdfPath, pageNumber, Options.MinDpi, Options.MaxDpi, limits.OcrPageTimeout, cancellationToken)
            : null) ?? Options.Dpi;
        var render = ToolRunner.Run(ExternalTool.PdfToPpm,
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", page, "-l", page, "-singlefile",
                pdfPath, prefix],
            pdfPath, limits.OcrPageTimeout, cancellationToken);
        var rendered = prefix + ".pgm";
        if (render.ExitCode != 0 || !File.Exists(rendered))
            throw new DocumentParseException(ParseErrorKind.ToolFailed, pdfPath,
                $"pdftoppm could not render page {pageNumber} (exit {render.ExitCode}): {render.StandardError.Trim()}",
                "The page may be damaged; check it in a PDF viewer.");
        var image = PgmCodec.Read(rendered);
        var remaining = limits.OcrPageTimeout - clock.Elapsed;
        if (remaining <= TimeSpan.Zero) throw Timeout(pdfPath, pageNumber, limits);
        return PageImageOcr.Recognize(image, dpi, pageNumber, Options, pdfPath, remaining, cancellationToken);
    }

    private static DocumentParseException Timeout(string path, int page, ParseLimits limits, Exception? inner = null) =>
        new(ParseErrorKind.Timeout, path,
            $"OCR of page {page} did not finish within {limits.OcrPageTimeout.TotalSeconds:0.#} s.",
            "The page may be unusually dense or damaged; raise ParseLimits.OcrPageTimeout or check the page by hand.", inner);
}
