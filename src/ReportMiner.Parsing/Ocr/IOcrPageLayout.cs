using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// The seam through which OCR'd pages become paragraphs and tables. The PDF layout engine (words + ruling
/// lines → paragraphs and ruled tables) plugs in here; <see cref="LineOcrLayout"/> is the plain fallback.
/// </summary>
public interface IOcrPageLayout
{
    void AddPage(DocumentBuilder builder, PageWords page);
}
