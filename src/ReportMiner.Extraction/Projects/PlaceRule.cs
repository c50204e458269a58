using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Province, city and district named in the project's opening lines (title, name, applicant), via the gazetteer.
/// The form's own words (project name, title, table rows) outweigh a place its prose mentions: where they disagree
/// the form's place is the project's.
/// </summary>
public sealed partial class PlaceRule : IExtractionRule
{
    private const int OpeningItems = 12;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var opening = context.ItemsOf(project).Take(OpeningItems).ToList();
            var text = string.Join('\n', opening.Select(i => i.Text)) + "\n" + project.Name;
            var place = Gazetteer.Default.Resolve(PlaceText(text));
            var where = opening.FirstOrDefault();
            if (place is not null && FormPlace(opening, project) is { } form && !Agree(place, form)) place = form;
            if (place is null)
            {
                var all = context.ItemsOf(project).ToList();
                place = Gazetteer.Default.Resolve(PlaceText(string.Join('\n', all.Select(i => i.Text))));
                where = all.FirstOrDefault();
            }
            // A later project of a summary of several names its place only in the document's title.
            if (place is null && context.Projects.Count > 1)
            {
                var head = context.Items.Take(OpeningItems).ToList();
                place = Gazetteer.Default.Resolve(PlaceText(string.Join('\n', head.Select(i => i.Text))));
                where = head.FirstOrDefault();
            }
            // The page that published the report names its office (发布机构: 鄂州市行政审批局, or the portal's owner in
            // its banner) when the report does not, or names it more closely than the report's province alone;
            // the page's other fields (标题, 关键词, 上一篇 …) name other things.
            if (PublisherPlace(context) is { } published && (place is null || Refines(published.Place, place)))
            {
                place = published.Place;
                where = published.Field.Line;
            }
            if (place is null || where is null) continue;
            var mention = context.ItemsOf(project).FirstOrDefault(i =>
                (place.District ?? place.City ?? place.Province) is { } n && i.Text.Contains(n[..Math.Min(2, n.Length)])) ?? where;
            var source = mention.Source();
            if (place.Province is not null && project.Claim("province", source)) project.Province = place.Province;
            if (place.City is not null && project.Claim("city", source)) project.City = place.City;
            if (place.District is not null && project.Claim("district", source)) project.District = place.District;
        }
    }

    private static (PageField Field, PlaceMatch Place)? PublisherPlace(ExtractionContext context) =>
        context.PageFields.Where(f => DepartmentRule.PublisherLabels.Contains(f.Label) || f.Label == PageChrome.SiteOwnerLabel)
            .Select(f => (Field: f, Place: Gazetteer.Default.Resolve(f.Value)))
            .Where(f => f.Place is not null)
            // The office that published the report is named more surely than the portal that carries it.
            .OrderBy(f => f.Field.Label == PageChrome.SiteOwnerLabel)
            .Select(f => ((PageField, PlaceMatch)?)(f.Field, f.Place!))
            .FirstOrDefault();

    /// <summary>Whether the page's place names the report's own more closely: the same province, and a city or district it lacks.</summary>
    private static bool Refines(PlaceMatch published, PlaceMatch place) =>
        place.City is null && place.District is null && published.Province == place.Province && (published.City ?? published.District) is not null;

    /// <summary>The place the form's own words name: the project's name, the report's title and the table rows.</summary>
    private static PlaceMatch? FormPlace(List<DocItem> opening, ProjectDraft project) =>
        Gazetteer.Default.Resolve(string.Join('\n', opening.Where(i => i.IsRow || ReportTitles.IsTitle(i)).Select(i => i.Text).Append(project.Name ?? "")));

    /// <summary>Whether two places can be the same (one names a part of the other, or they are equal).</summary>
    private static bool Agree(PlaceMatch a, PlaceMatch b) =>
        Same(a.Province, b.Province) && Same(a.City, b.City) && Same(a.District, b.District);

    private static bool Same(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>
    /// The text the project's place is read from: without the places it leaves out — a province's report on its funds
    /// excludes its separately planned city ("全省(不含青岛)", "15个市(不含青岛,下同)"; R564, R592, and a province's scheme that
    /// leaves 青岛市 out in words), which is then named but is not where the project is — and with the places it shares money
    /// out to read as their parent (<see cref="AllocationLists"/>).
    /// </summary>
    internal static string PlaceText(string text) => AllocationLists.AsParents(
        text.Contains("不含", StringComparison.Ordinal) || text.Contains("不包括", StringComparison.Ordinal)
            ? ExcludedPlaces().Replace(text, string.Empty) : text);

    [System.Text.RegularExpressions.GeneratedRegex(@"[(（](?:不含|不包括)[^()（）\n]{1,24}[)）]")]
    private static partial System.Text.RegularExpressions.Regex ExcludedPlaces();
}
