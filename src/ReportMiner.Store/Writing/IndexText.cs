using ReportMiner.Extraction.Records;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>The folded text an indicator is found by: its name, its context, and its filter tags.</summary>
internal sealed record IndexText(string Name, string Context, string Tags)
{
    public static IndexText Of(ProjectRecord project, IndicatorRecord indicator) => Of(indicator.Name, indicator.Level1, indicator.Level2,
        project.Name, project.Department, project.City, project.District, project.Year, indicator.Category);

    public static IndexText Of(string name, string? level1, string? level2, string project, string? department, string? city,
        string? district, int? year, string? category)
    {
        var context = string.Join('|', new[] { level1, level2, project, department, city, district }
            .Where(part => !string.IsNullOrWhiteSpace(part)).Select(ScriptFolding.Fold));
        return new IndexText(ScriptFolding.Fold(name), context, FilterTags.Of(CityNames.Key(city), year, category));
    }
}
