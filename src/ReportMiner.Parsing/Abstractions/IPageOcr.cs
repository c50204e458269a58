using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Abstractions;

/// <summary>Recognises the words (and ruling lines) of one page of a PDF that has no usable text layer.</summary>
public interface IPageOcr
{
    PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default);

    /// <summary>
    /// Recognises several pages of one PDF, in the order given, reporting "ocr" progress. A page whose time ran out
    /// or whose tool failed comes back as its error, so it costs only itself. Engines that can share work between
    /// pages (one OCR process for the document) override this; the default reads page by page.
    /// </summary>
    IReadOnlyList<PageOcrResult> RecognizePages(string pdfPath, IReadOnlyList<int> pageNumbers, ParseLimits limits,
        CancellationToken cancellationToken = default)
    {
        var results = new List<PageOcrResult>(pageNumbers.Count);
        for (var i = 0; i < pageNumbers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParseProgress.Report("ocr", i, pageNumbers.Count);
            try
            {
                results.Add(new PageOcrResult(pageNumbers[i], Recognize(pdfPath, pageNumbers[i], limits, cancellationToken), null));
            }
            catch (DocumentParseException e) when (e.Kind is ParseErrorKind.Timeout or ParseErrorKind.ToolFailed)
            {
                results.Add(new PageOcrResult(pageNumbers[i], null, e));
            }
        }
        return results;
    }
}
