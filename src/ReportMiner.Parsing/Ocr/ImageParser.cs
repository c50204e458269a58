using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Ocr;

/// <summary>Reads a scanned page saved as an image (PNG, JPEG, TIFF) by OCR; the layout seam builds paragraphs and tables.</summary>
public sealed class ImageParser(IOcrLayout? layout = null, OcrOptions? options = null) : IDocumentParser
{
    private readonly IOcrLayout _layout = layout ?? new LayoutEngineOcrLayout();
    private readonly OcrOptions _options = options ?? OcrOptions.Default;

    public bool CanParse(FileFormat format) => format == FileFormat.Image;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var pages = ImageFileOcr.Recognize(request.Path, _options, request.Limits, cancellationToken);
        var builder = new DocumentBuilder(request.Path, FileFormat.Image);
        foreach (var page in pages) builder.AddPage(new Page(page.PageNumber, page.Width, page.Height, FromOcr: true));
        if (pages.All(p => p.Words.Count == 0))
            throw new DocumentParseException(ParseErrorKind.Empty, request.Path, "OCR found no text in the image.",
                "Check that it is a readable scan (at least 150 dpi, not blank or rotated).");
        _layout.Write(pages, builder);
        return builder.Build();
    }
}
