using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>OCR'd pages through the same layout engine as PDF text layers (ruled tables, paragraphs, page joins).</summary>
public sealed class LayoutEngineOcrLayout : IOcrLayout
{
    public void Write(IReadOnlyList<PageWords> pages, DocumentBuilder builder) =>
        DocumentLayout.WriteTo(DocumentLayout.Analyze(pages), builder);
}
