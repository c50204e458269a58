using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>Fallback layout without table recovery: words grouped into text lines, each line one paragraph.</summary>
public sealed class LineOcrLayout : IOcrPageLayout
{
    public void AddPage(DocumentBuilder builder, PageWords page)
    {
        foreach (var line in TextLines.Group(page.Words))
            builder.AddParagraph(TextLines.Join(line), page.PageNumber);
    }
}
