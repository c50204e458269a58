using ReportMiner.Documents.Model;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>What rules share: the document as reading-order items, and the project drafts being filled.</summary>
public sealed class ExtractionContext
{
    public ExtractionContext(Document document)
    {
        Document = document;
        Items = DocItems.From(document);
    }

    public Document Document { get; }

    public IReadOnlyList<DocItem> Items { get; }

    public List<ProjectDraft> Projects { get; } = [];

    /// <summary>The items of one project's part of the document.</summary>
    public IEnumerable<DocItem> ItemsOf(ProjectDraft project) =>
        Items.Skip(project.FirstItem).Take(project.EndItem - project.FirstItem);
}
