using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Reads PDFs in process with PdfPig (words, ruling lines, text direction), then the layout engine. A PDF whose
/// fonts PdfPig cannot map to Unicode has its words read by pdftotext instead (poppler knows the CJK character
/// collections), or by OCR when poppler cannot map them either; pages without a text layer go to the optional OCR
/// engine, and without one they are reported.
/// </summary>
public sealed class PdfParser(IPageOcr? ocr = null) : IDocumentParser
{
    /// <summary>A page with fewer visible characters than this counts as having no text layer.</summary>
    private const int MinTextCharacters = 8;

    /// <summary>Above this share of letters without Unicode, the text layer is taken from pdftotext or OCR.</summary>
    private const double MaxUnmappedShare = UnicodeCheck.MaxUnmappedShare;

    /// <summary>At least this share of invisible letters makes a page's text a scanner's OCR layer.</summary>
    private const double MinInvisibleShare = 0.9;

    public bool CanParse(FileFormat format) => format is FileFormat.Pdf or FileFormat.ScannedPdf;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var path = request.Path;
        var read = PdfPigPages.Read(path, request.Limits, cancellationToken, out var truncated);
        var builder = new DocumentBuilder(path, FileFormat.Pdf);
        if (truncated)
            builder.AddWarning($"Only the first {request.Limits.MaxPdfPages} pages were read (the page limit).");
        var textPages = read.Select(p => p.Words).ToList();
        var frames = read.ToDictionary(p => p.Words.PageNumber, p => p.Frame);
        int letters = read.Sum(p => p.Letters), unmapped = read.Sum(p => p.UnmappedLetters);
        var skippedFonts = read.Any(p => p.SkippedFonts > 0);
        var lostPages = read.Where(p => p.LostLetters && p.SkippedFonts == 0).Select(p => p.Words.PageNumber).ToList();
        if (skippedFonts || lostPages.Count > 0 || (letters > 0 && unmapped > MaxUnmappedShare * letters))
            textPages = WithoutPdfPigText(request, read, builder, cancellationToken, frames,
                skippedFonts ? "PdfPig cannot load some of the PDF's fonts (a CID font without a font descriptor)"
                : lostPages.Count > 0 ? $"PdfPig returned far fewer letters than the content stream shows on page(s) {string.Join(", ", lostPages.Take(10))}{(lostPages.Count > 10 ? ", …" : "")} (fonts it cannot load)"
                : "The PDF's fonts do not map to Unicode in PdfPig");

        var pages = new List<PageWords>();
        var scannerLayers = ScannerLayerPages(read, textPages);
        var toRecognize = ocr is null ? []
            : textPages.Where(p => !HasTextLayer(p) || scannerLayers.Contains(p.PageNumber)).Select(p => p.PageNumber)
                .Take(request.Limits.MaxOcrPages).ToList();
        var recognized = toRecognize.Count == 0 ? new Dictionary<int, PageOcrResult>()
            : ocr!.RecognizePages(path, toRecognize, request.Limits, cancellationToken).ToDictionary(r => r.PageNumber);
        foreach (var page in textPages)
        {
            var ocrd = recognized.GetValueOrDefault(page.PageNumber);
            var rereadLayer = scannerLayers.Contains(page.PageNumber) && ocrd is not null;
            if (HasTextLayer(page) && !rereadLayer) { pages.Add(page); continue; }
            if (ocrd is null)
            {
                builder.AddWarning(ocr is null
                    ? $"Page {page.PageNumber} has no text layer and no OCR engine is configured; its {ReadingLosses.Missing}."
                    : $"Page {page.PageNumber} has no text layer and the OCR page limit ({request.Limits.MaxOcrPages}) was reached; its {ReadingLosses.Missing}.");
                pages.Add(page);
                continue;
            }
            if (ocrd.Words is { } words)
            {
                frames.Remove(page.PageNumber); // OCR words are in pixels of the rendered page
                if (rereadLayer)
                    builder.AddWarning($"Page {page.PageNumber}: its text is an invisible OCR layer over a page image; it was read again by OCR.");
                foreach (var loss in ocrd.Incomplete ?? []) builder.AddWarning($"Page {page.PageNumber}: {ReadingLosses.Incomplete} {loss}.");
                pages.Add(words with { PageNumber = page.PageNumber, FromOcr = true });
                continue;
            }
            // One unreadable page must not cost the rest of the document; a missing tool still fails loudly.
            var problem = ocrd.Error?.Problem ?? "OCR returned nothing.";
            builder.AddWarning(rereadLayer
                ? $"Page {page.PageNumber}: {problem} Its invisible OCR layer is used instead."
                : $"Page {page.PageNumber}: {problem} Its {ReadingLosses.Missing}.");
            pages.Add(rereadLayer ? page : page with { FromOcr = true });
        }

        foreach (var p in pages)
        {
            var size = frames.TryGetValue(p.PageNumber, out var f) ? (f.DisplayWidth, f.DisplayHeight) : (p.Width, p.Height);
            builder.AddPage(new Page(p.PageNumber, Math.Round(size.Item1, 6), Math.Round(size.Item2, 6), p.FromOcr));
        }
        if (recognized.Count > 0 && recognized.Count == pages.Count) builder.Format = FileFormat.ScannedPdf;
        DocumentLayout.WriteTo(DocumentLayout.Analyze(pages), builder, box => CellBoxes.OnDisplayedPage(box, frames));
        return builder.Build();
    }

    /// <summary>
    /// The text of a PDF whose fonts PdfPig cannot map to Unicode or cannot load: pdftotext's when poppler can map them (it knows
    /// the CJK character collections), otherwise no text at all so every page goes to OCR. A warning names the path.
    /// </summary>
    /// <param name="problem">Why PdfPig's text is not used, for the warning.</param>
    private List<PageWords> WithoutPdfPigText(ParseRequest request, IReadOnlyList<PdfPage> read, DocumentBuilder builder,
        CancellationToken cancellationToken, Dictionary<int, PageFrame> frames, string problem)
    {
        var poppler = PdfTextLayer.Read(request.Path, request.Limits, cancellationToken, out _);
        var popplerMaps = UnicodeCheck.Maps(poppler, read.Select(p => p.Words));
        if (!popplerMaps && ocr is not null)
        {
            builder.AddWarning("Neither PdfPig nor pdftotext can map the PDF's fonts to Unicode; its text was read by OCR of the page images.");
            return read.Select(p => new PageWords(p.Words.PageNumber, p.Frame.DisplayWidth, p.Frame.DisplayHeight, [], [])).ToList();
        }
        builder.AddWarning(popplerMaps
            ? $"{problem}; its text was read by pdftotext."
            : "Neither PdfPig nor pdftotext can map the PDF's fonts to Unicode and no OCR engine is configured; its text is probably wrong.");
        // pdftotext's words are in displayed-page coordinates, so the rules are read again without turning the page.
        var result = new List<PageWords>();
        foreach (var page in read)
        {
            var words = poppler.FirstOrDefault(p => p.PageNumber == page.Words.PageNumber)?.Words ?? [];
            var upright = page.Frame.TextTurns == 0;
            if (!upright) frames[page.Words.PageNumber] = page.Frame.WithTextTurns(0);
            result.Add(new PageWords(page.Words.PageNumber, page.Frame.DisplayWidth, page.Frame.DisplayHeight, words,
                upright ? page.Words.Rules : []));
        }
        return result;
    }

    /// <summary>
    /// Pages whose text is almost all invisible: a scanner's OCR layer over the page image. With an OCR engine they
    /// are read again from the image, which also finds the table rules the layer does not have and joins Chinese
    /// words the layer splits into single characters; without one the layer is used.
    /// </summary>
    private HashSet<int> ScannerLayerPages(IReadOnlyList<PdfPage> read, List<PageWords> textPages)
    {
        if (ocr is null) return [];
        var fromPdfPig = textPages.Zip(read).Where(p => ReferenceEquals(p.First, p.Second.Words)).Select(p => p.Second);
        return fromPdfPig.Where(p => p.Letters > 0 && p.InvisibleLetters >= MinInvisibleShare * p.Letters)
            .Select(p => p.Words.PageNumber).ToHashSet();
    }

    private static bool HasTextLayer(PageWords page) =>
        page.Words.Sum(w => w.Text.Count(c => !char.IsWhiteSpace(c))) >= MinTextCharacters;
}
