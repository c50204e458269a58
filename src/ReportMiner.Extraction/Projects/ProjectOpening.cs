using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The lines that name whose report a project is: titles, form fields (实施单位 …) and short lines of its opening,
/// not its prose. The scope rules keep a place only when these (or the project's name) name it.
/// </summary>
internal static class ProjectOpening
{
    private const int OpeningItems = 12;
    private const int ShortLine = 40;

    public static IEnumerable<string> NamingKeys(ExtractionContext context, ProjectDraft project) =>
        context.ItemsOf(project).Take(OpeningItems).Where(i => i.IsRow || i.Key.Length <= ShortLine).Select(i => i.Key);
}
