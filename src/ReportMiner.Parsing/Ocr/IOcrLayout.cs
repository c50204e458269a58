using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// The one seam through which OCR'd pages become paragraphs and tables (words + ruling lines in, blocks out),
/// so the layout engine can be swapped or faked without touching the OCR code.
/// </summary>
public interface IOcrLayout
{
    void Write(IReadOnlyList<PageWords> pages, DocumentBuilder builder);
}
