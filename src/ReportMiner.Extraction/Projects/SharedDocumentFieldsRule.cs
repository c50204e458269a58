using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A document that covers several projects states its place, year, department and kind once, in the part that
/// opens it (title, publisher, first form). Every other project takes from that opening project what its own part
/// does not say; whatever a project's own part states stays.
/// </summary>
public sealed class SharedDocumentFieldsRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Projects.Count < 2) return;
        var opening = context.Projects.MinBy(p => p.FirstItem)!;
        foreach (var project in context.Projects.Where(p => p != opening))
            project.ShareDocumentFields(opening);
    }
}
