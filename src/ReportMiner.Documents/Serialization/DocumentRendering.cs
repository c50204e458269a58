using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Serialization;

/// <summary>The views of a document model that <c>reportminer parse</c> prints, by the name of its --format.</summary>
public static class DocumentRendering
{
    public static string Render(Document document, string format) =>
        format == "markdown" ? MarkdownRenderer.Render(document) : DocumentJson.Serialize(document);
}
