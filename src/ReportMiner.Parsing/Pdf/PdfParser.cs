using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Reads PDFs: words from one pdftotext run, ruling lines from the content streams (read in parallel), then the
/// layout engine. Pages without a text layer go to the optional OCR engine; without one they are reported.
/// </summary>
public sealed class PdfParser(IPageOcr? ocr = null) : IDocumentParser
{
    /// <summary>A page with fewer visible characters than this counts as having no text layer.</summary>
    private const int MinTextCharacters = 8;

    public bool CanParse(FileFormat format) => format is FileFormat.Pdf or FileFormat.ScannedPdf;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var path = request.Path;
        var rulesTask = Task.Run(() => PdfRules.Read(path, cancellationToken), cancellationToken);
        var textPages = PdfTextLayer.Read(path, request.Limits, cancellationToken, out var diagnostics);
        var rules = rulesTask.GetAwaiter().GetResult();

        var builder = new DocumentBuilder(path, FileFormat.Pdf);
        if (diagnostics.Contains("Error", StringComparison.OrdinalIgnoreCase))
            builder.AddWarning("pdftotext reported problems reading the file; some content may be missing.");
        if (rules is null || rules.Count != textPages.Count)
            builder.AddWarning("Table borders could not be read from the PDF; tables were inferred from text alignment.");

        var pages = new List<PageWords>();
        var ocrCount = 0;
        foreach (var page in textPages)
        {
            var withRules = rules is not null && rules.Count == textPages.Count ? page with { Rules = rules[page.PageNumber - 1] } : page;
            if (HasTextLayer(page)) { pages.Add(withRules); continue; }
            if (ocr is null || ocrCount >= request.Limits.MaxOcrPages)
            {
                builder.AddWarning(ocr is null
                    ? $"Page {page.PageNumber} has no text layer and no OCR engine is configured; its content is missing."
                    : $"Page {page.PageNumber} has no text layer and the OCR page limit ({request.Limits.MaxOcrPages}) was reached.");
                pages.Add(withRules);
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            ocrCount++;
            try
            {
                var recognized = ocr.Recognize(path, page.PageNumber, request.Limits, cancellationToken);
                pages.Add(recognized with { PageNumber = page.PageNumber, FromOcr = true });
            }
            catch (DocumentParseException e) when (e.Kind is ParseErrorKind.Timeout or ParseErrorKind.ToolFailed)
            {
                // One unreadable page must not cost the rest of the document; a missing tool still fails loudly.
                builder.AddWarning($"Page {page.PageNumber}: {e.Problem} Its content is missing.");
                pages.Add(withRules with { FromOcr = true });
            }
        }

        foreach (var p in pages) builder.AddPage(new Page(p.PageNumber, p.Width, p.Height, p.FromOcr));
        if (ocrCount > 0 && ocrCount == pages.Count) builder.Format = FileFormat.ScannedPdf;
        DocumentLayout.WriteTo(DocumentLayout.Analyze(pages), builder);
        return builder.Build();
    }

    private static bool HasTextLayer(PageWords page) =>
        page.Words.Sum(w => w.Text.Count(c => !char.IsWhiteSpace(c))) >= MinTextCharacters;
}
