using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The last word on a lone project's name: the file name a document-sharing site prints, where no title, form, prose
/// or heading rule named it (R294, R331, R418 lost or cut their own titles on such sites).
/// </summary>
public sealed class FileNameTitleRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Projects.Count != 1 || context.Projects[0] is not { } project || project.Has("name")) return;
        if (ProjectNameRule.FileNameTitle(context.ItemsOf(project).ToList(), context.Chrome) is not { } title) return;
        project.SetName(title.Name, title.Item.Source());
    }
}
