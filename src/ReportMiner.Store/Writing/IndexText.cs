using ReportMiner.Extraction.Records;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>The folded text an indicator is found by: its name, its context, and its filter tags.</summary>
internal sealed record IndexText(string Name, string Context, string Tags)
{
    public static IndexText Of(ProjectRecord project, IndicatorRecord indicator)
    {
        var context = string.Join('|', new[] { indicator.Level1, indicator.Level2, project.Name, project.Department, project.City, project.District }
            .Where(part => !string.IsNullOrWhiteSpace(part)).Select(ScriptFolding.Fold));
        return new IndexText(ScriptFolding.Fold(indicator.Name), context, FilterTags.Of(CityNames.Key(project.City), project.Year, indicator.Category));
    }
}
