using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Pdf.Objects;

namespace ReportMiner.Parsing.Pdf;

/// <summary>Ruling lines of every page, read from the PDF's content streams by our own lenient reader.</summary>
public static class PdfRules
{
    /// <summary>Rules per page in page order, or null when the file's structure or encryption defeats the reader.</summary>
    public static IReadOnlyList<IReadOnlyList<RuleLine>>? Read(string path, CancellationToken cancellationToken)
    {
        try
        {
            var file = PdfFile.Open(File.ReadAllBytes(path));
            if (file.IsEncrypted) return null;
            var extractor = new PdfRuleExtractor(file);
            var result = new List<IReadOnlyList<RuleLine>>();
            foreach (var page in PdfPageTree.Pages(file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                result.Add(extractor.Extract(page));
            }
            return result;
        }
        // Borders are an optional refinement read by our own lenient reader: whatever defeats it on a damaged
        // file, the text layer still stands and tables fall back to alignment.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return null;
        }
    }
}
