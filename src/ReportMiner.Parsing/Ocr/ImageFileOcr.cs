using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// OCR of an image file. PNGs are decoded so their table borders are found and erased first; JPEG and TIFF
/// (possibly multi-page) go to tesseract as they are, without border detection.
/// </summary>
public static class ImageFileOcr
{
    // A 600 dpi A3 page is 70 megapixels; anything larger is read by tesseract alone, without border detection.
    private const long MaxPixels = 80_000_000;

    public static IReadOnlyList<PageWords> Recognize(string path, OcrOptions options, ParseLimits limits,
        CancellationToken cancellationToken)
    {
        if (ImageSize.Read(path) is var (width, height) && width * height > limits.MaxImagePixels)
            throw new DocumentParseException(ParseErrorKind.TooLarge, path,
                $"The image is {width:N0} × {height:N0} pixels; ReportMiner reads images of up to {limits.MaxImagePixels:N0} pixels.",
                "Scan or export the page at 300 dpi.");
        var image = PngGrayDecoder.TryDecode(path, MaxPixels);
        if (image is not null)
            return [PageImageOcr.Recognize(image, EstimateDpi(image), 1, options, path, limits.OcrPageTimeout, cancellationToken)];
        var output = TesseractRunner.Recognize(path, null, options, path, limits.OcrPageTimeout, cancellationToken);
        return output.Pages.OrderBy(p => p.Key)
            .Select(p => new PageWords(p.Key, p.Value.Width, p.Value.Height,
                PageImageOcr.ToPositioned(output.Words.Where(w => w.Page == p.Key).ToList(), []), [], FromOcr: true))
            .ToList();
    }

    /// <summary>Scans are mostly A4/Letter portrait pages; the width tells the resolution well enough for border sizes.</summary>
    private static int EstimateDpi(GrayImage image) =>
        Math.Clamp((int)Math.Round(Math.Min(image.Width, image.Height) / 8.3), 72, 600);
}
