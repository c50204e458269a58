using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Abstractions;

/// <summary>Recognises the words (and ruling lines) of one page of a PDF that has no usable text layer.</summary>
public interface IPageOcr
{
    PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default);
}
