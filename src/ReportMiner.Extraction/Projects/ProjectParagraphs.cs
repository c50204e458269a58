using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Opens one project per paragraph that names one, in reading order: each runs to the next such paragraph, and the first
/// also holds the document's title lines and opening, whose money (the unit's total over all its projects) is not its own.
/// </summary>
internal static class ProjectParagraphs
{
    public static void Open(ExtractionContext context, IReadOnlyList<(DocItem Item, string Name)> anchors)
    {
        for (var k = 0; k < anchors.Count; k++)
        {
            var project = new ProjectDraft(k == 0 ? 0 : anchors[k].Item.Index, k + 1 < anchors.Count ? anchors[k + 1].Item.Index : context.Items.Count);
            project.SetName(anchors[k].Name, anchors[k].Item.Source());
            project.OwnTextStart = anchors[k].Item.Index;
            context.Projects.Add(project);
        }
    }
}
