using System.IO.Compression;
using System.Xml.Linq;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Containers;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Ofd;

/// <summary>
/// Reads OFD documents (GB/T 33190, the fixed-layout format of Chinese e-government and e-invoices): each page's
/// characters and ruling lines, its template pages included, go through the same layout engine as PDF text, so
/// tables come out as tables. OFD text is Unicode in the file, so no font is needed to read it. A page that holds
/// only images (a scan saved as OFD, as scanners and archive systems write them) has its largest image read by OCR
/// when <paramref name="ocr"/> is given, and is reported otherwise.
/// </summary>
public sealed class OfdParser(OcrOptions? ocr = null) : IDocumentParser
{
    // A 600 dpi A3 scan compressed losslessly is well under this; more is not a page image.
    private const long MaxImageBytes = 256L * 1024 * 1024;
    // As for image files: larger pages are read by tesseract alone, without border detection.
    private const long MaxDecodedPixels = 80_000_000;
    private const double PointsPerMillimetre = 72 / 25.4;
    private const int MaxGlyphs = 5_000_000;
    // A dense A3 page holds under 20,000 characters; more is machine-made junk, and it is all held at once.
    private const int MaxPageGlyphs = 200_000;
    private const int MaxRules = 20_000;

    public bool CanParse(FileFormat format) => format == FileFormat.Ofd;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var path = request.Path;
        ZipGuard.Check(path, request.Limits, cancellationToken);
        try
        {
            using var package = new OfdPackage(ZipFile.OpenRead(path));
            var builder = new DocumentBuilder(path, FileFormat.Ofd);
            var scans = new Dictionary<int, OfdScan>();
            var pages = ReadPages(package, request, builder, scans, cancellationToken);
            if (scans.Count > 0) RecognizeScans(package, scans, pages, request, builder, cancellationToken);
            foreach (var p in pages)
                builder.AddPage(new Page(p.PageNumber, Math.Round(p.Width, 6), Math.Round(p.Height, 6), p.FromOcr));
            DocumentLayout.WriteTo(DocumentLayout.Analyze(pages), builder);
            return builder.Build();
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentParseException(ParseErrorKind.Corrupt, path, $"The OFD package is damaged: {ex.Message}",
                "Open it in an OFD reader (数科, 福昕) and export it again, or save it as PDF.", ex);
        }
    }

    /// <summary>
    /// OCRs the image of each image-only page in place of its (empty) text, the way scanned PDF pages are read:
    /// PNG pages decoded and read together (<see cref="OcrOptions.PagesPerRun"/> per tesseract run, one script choice
    /// for them) at the resolution the image has on its page; other formats by tesseract alone. One bad image costs
    /// only its page.
    /// </summary>
    private void RecognizeScans(OfdPackage package, Dictionary<int, OfdScan> scans, List<PageWords> pages,
        ParseRequest request, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        if (ocr is null)
        {
            builder.AddWarning($"{scans.Count} page(s) hold only images (a scan saved as OFD) and no OCR engine is configured; their {ReadingLosses.Missing}.");
            return;
        }
        var path = request.Path;
        var limits = request.Limits;
        var budgets = new PageBudgets(limits.OcrPageTimeout);
        using var workspace = new OcrWorkspace(ocr.ScratchRoot);
        var toRead = scans.OrderBy(s => s.Key).ToList();
        if (toRead.Count > limits.MaxOcrPages)
        {
            builder.AddWarning($"Pages {toRead[limits.MaxOcrPages].Key} and after hold only images and the OCR page limit ({limits.MaxOcrPages}) was reached; their {ReadingLosses.Missing}.");
            toRead = toRead.Take(limits.MaxOcrPages).ToList();
        }
        foreach (var chunk in toRead.Chunk(Math.Max(1, ocr.PagesPerRun)))
        {
            var decoded = new List<PageImageOcr.PageImage>();
            foreach (var (number, scan) in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = workspace.File($"page-{number}{Path.GetExtension(scan.Part)}");
                try
                {
                    if (!package.TryExtract(scan.Part, file, MaxImageBytes))
                    {
                        builder.AddWarning(scan.Part.Length == 0
                            ? $"Page {number} holds only images whose resource is not declared in the package; its {ReadingLosses.Missing}."
                            : $"Page {number} holds only images, and its image {scan.Part} is missing from the package or larger than {MaxImageBytes / (1024 * 1024)} MB; its {ReadingLosses.Missing}.");
                        continue;
                    }
                    if (ImageSize.Read(file) is var (width, height) && width * height > limits.MaxImagePixels)
                    {
                        builder.AddWarning($"Page {number}: its image is {width:N0} × {height:N0} pixels; ReportMiner reads images of up to {limits.MaxImagePixels:N0} pixels. Its {ReadingLosses.Missing}.");
                        continue;
                    }
                    if (PngGrayDecoder.TryDecode(file, MaxDecodedPixels) is { } image)
                    {
                        decoded.Add(new PageImageOcr.PageImage(number, image, Resolution(image.Width, scan.WidthMm)));
                        continue;
                    }
                    Keep(pages, builder, number, ImageFileOcr.Recognize(file, ocr, limits, cancellationToken) is [var words, ..]
                        ? new PageOcrResult(number, words, null) : new PageOcrResult(number, null, null));
                }
                catch (DocumentParseException ex) when (ex.Kind is not ParseErrorKind.MissingTool)
                {
                    Keep(pages, builder, number, new PageOcrResult(number, null, ex));
                }
                finally
                {
                    File.Delete(file);
                }
            }
            if (decoded.Count == 0) continue;
            foreach (var result in PageImageOcr.RecognizePages(decoded, ocr, path, budgets, null, cancellationToken))
            {
                if (result.Error is { Kind: ParseErrorKind.MissingTool } missing) throw missing;
                Keep(pages, builder, result.PageNumber, result);
            }
        }
    }

    private static void Keep(List<PageWords> pages, DocumentBuilder builder, int number, PageOcrResult result)
    {
        if (result.Words is { Words.Count: > 0 } words)
            pages[number - 1] = words with { PageNumber = number, FromOcr = true };
        else
            builder.AddWarning($"Page {number}: {result.Error?.Problem ?? "OCR found no text in its image."} Its {ReadingLosses.Missing}.");
    }

    // Pixels across the image ÷ inches it covers on the page: the scan's own resolution, as the PDF path reads it.
    private static int Resolution(int pixelsWide, double widthMm) =>
        widthMm > 0 ? Math.Clamp((int)Math.Round(pixelsWide / (widthMm / 25.4)), 72, 600) : 300;

    private static List<PageWords> ReadPages(OfdPackage package, ParseRequest request, DocumentBuilder builder,
        Dictionary<int, OfdScan> scans, CancellationToken cancellationToken)
    {
        var root = package.Load("OFD.xml")
            ?? throw new InvalidDataException("it has no OFD.xml entry point.");
        var result = new List<PageWords>();
        var glyphCount = 0;
        foreach (var body in root.Children("DocBody"))
        {
            if (body.Child("DocRoot")?.Value is not { Length: > 0 } docRoot) continue;
            var documentPath = OfdPackage.Resolve("", docRoot);
            var document = package.Load(documentPath)
                ?? throw new InvalidDataException($"its document part {documentPath} is missing.");
            var common = document.Child("CommonData");
            var defaultBox = OfdNumbers.Parse(common?.Child("PageArea")?.Child("PhysicalBox")?.Value);
            // Template pages are shared by many pages: each part is parsed once.
            var templates = (common?.Children("TemplatePage") ?? [])
                .Where(t => t.Attr("ID") is not null && t.Attr("BaseLoc") is not null)
                .GroupBy(t => t.Attr("ID")!)
                .ToDictionary(g => g.Key, g => new Lazy<XElement?>(() => package.Load(OfdPackage.Resolve(documentPath, g.First().Attr("BaseLoc")!))));
            var media = OfdMedia.Read(package, documentPath, common);
            foreach (var entry in document.Child("Pages")?.Children("Page") ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (result.Count >= request.Limits.MaxPdfPages)
                {
                    builder.AddWarning($"Only the first {request.Limits.MaxPdfPages} pages were read (the page limit).");
                    return result;
                }
                var number = result.Count + 1;
                var page = entry.Attr("BaseLoc") is { } loc ? package.Load(OfdPackage.Resolve(documentPath, loc)) : null;
                if (page is null)
                {
                    builder.AddWarning($"Page {number}: its content part is absent from the package; its {ReadingLosses.Missing}.");
                    result.Add(new PageWords(number, 210 * PointsPerMillimetre, 297 * PointsPerMillimetre, [], []));
                    continue;
                }
                var box = OfdNumbers.Parse(page.Child("Area")?.Child("PhysicalBox")?.Value) is { Count: 4 } own ? own
                    : defaultBox.Count == 4 ? defaultBox : [0, 0, 210, 297];
                var glyphs = new List<OfdGlyph>();
                var rules = new List<RuleLine>();
                var images = new List<(string? Resource, double Width, double Height)>();
                var layers = page.Children("Template")
                    .Select(t => t.Attr("TemplateID") is { } id && templates.TryGetValue(id, out var p) ? p.Value : null)
                    .Append(page);
                foreach (var layer in layers)
                {
                    if (layer?.Child("Content") is not { } content) continue;
                    ReadObjects(content, box, glyphs, rules, images, Math.Min(MaxPageGlyphs, MaxGlyphs - glyphCount));
                }
                if (glyphs.Count >= MaxPageGlyphs)
                    builder.AddWarning($"Page {number}: only its first {MaxPageGlyphs:N0} characters were read.");
                glyphCount += glyphs.Count;
                if (glyphs.Count == 0 && images.Count > 0 && images.MaxBy(i => i.Width * i.Height) is var largest)
                    scans[number] = new OfdScan(largest.Resource is { } id && media.TryGetValue(id, out var part) ? part : "", largest.Width);
                result.Add(new PageWords(number, (box[2]) * PointsPerMillimetre, (box[3]) * PointsPerMillimetre,
                    OfdWords.Build(glyphs, PointsPerMillimetre), rules));
                if (glyphCount >= MaxGlyphs)
                {
                    builder.AddWarning($"Reading stopped at page {number}: the document holds more than {MaxGlyphs:N0} characters.");
                    return result;
                }
            }
        }
        if (result.Count == 0) throw new InvalidDataException("OFD.xml names no document with pages.");
        return result;
    }

    /// <summary>Adds the text, rules and images (resource and drawn area) of a page's content.</summary>
    private static void ReadObjects(XElement content, List<double> box, List<OfdGlyph> glyphs, List<RuleLine> rules,
        List<(string? Resource, double Width, double Height)> images, int maxGlyphs)
    {
        // Coordinates are relative to the physical box's origin, which is almost always 0 0.
        double ox = box[0], oy = box[1];
        foreach (var element in content.Descendants())
        {
            switch (element.Name.LocalName)
            {
                case "TextObject" when element.Attr("Visible") is not "false":
                    OfdGlyphs.Read(element, Place(element, ox, oy), glyphs, maxGlyphs);
                    break;
                case "PathObject":
                    OfdPathRules.Read(element, Place(element, ox, oy), PointsPerMillimetre, rules, MaxRules);
                    break;
                case "ImageObject":
                    var b = OfdNumbers.Parse(element.Attr("Boundary"));
                    images.Add((element.Attr("ResourceID"), b.Count == 4 ? Math.Abs(b[2]) : 0, b.Count == 4 ? Math.Abs(b[3]) : 0));
                    break;
            }
        }
    }

    private static OfdMatrix Place(XElement element, double ox, double oy)
    {
        var m = OfdMatrix.ForObject(element.Attr("CTM"), element.Attr("Boundary"));
        return m with { E = m.E - ox, F = m.F - oy };
    }
}

/// <summary>An image-only page's largest image: its part in the package and its width on the page in millimetres.</summary>
internal sealed record OfdScan(string Part, double WidthMm);
