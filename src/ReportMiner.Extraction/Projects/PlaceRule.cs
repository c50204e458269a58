using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// Province, city and district named in the project's opening lines (title, name, applicant), via the gazetteer.
/// The form's own words (project name, title, table rows) outweigh a place its prose mentions: where they disagree
/// the form's place is the project's.
/// </summary>
public sealed class PlaceRule : IExtractionRule
{
    private const int OpeningItems = 12;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var opening = context.ItemsOf(project).Take(OpeningItems).ToList();
            var text = string.Join('\n', opening.Select(i => i.Text)) + "\n" + project.Name;
            var place = Gazetteer.Default.Resolve(text);
            var where = opening.FirstOrDefault();
            if (place is not null && FormPlace(opening, project) is { } form && !Agree(place, form)) place = form;
            if (place is null)
            {
                var all = context.ItemsOf(project).ToList();
                place = Gazetteer.Default.Resolve(string.Join('\n', all.Select(i => i.Text)));
                where = all.FirstOrDefault();
            }
            // A later project of a summary of several names its place only in the document's title.
            if (place is null && context.Projects.Count > 1)
            {
                var head = context.Items.Take(OpeningItems).ToList();
                place = Gazetteer.Default.Resolve(string.Join('\n', head.Select(i => i.Text)));
                where = head.FirstOrDefault();
            }
            // The page that published the report names its office (发布机构: 鄂州市行政审批局) when the report does not;
            // the page's other fields (标题, 关键词, 上一篇 …) name other things.
            if (place is null && context.PageFields.FirstOrDefault(f => DepartmentRule.PublisherLabels.Contains(f.Label)
                    && Gazetteer.Default.Resolve(f.Value) is not null) is { } field)
            {
                place = Gazetteer.Default.Resolve(field.Value);
                where = field.Line;
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

    /// <summary>The place the form's own words name: the project's name, the report's title and the table rows.</summary>
    private static PlaceMatch? FormPlace(List<DocItem> opening, ProjectDraft project) =>
        Gazetteer.Default.Resolve(string.Join('\n', opening.Where(i => i.IsRow || ReportTitles.IsTitle(i)).Select(i => i.Text).Append(project.Name ?? "")));

    /// <summary>Whether two places can be the same (one names a part of the other, or they are equal).</summary>
    private static bool Agree(PlaceMatch a, PlaceMatch b) =>
        Same(a.Province, b.Province) && Same(a.City, b.City) && Same(a.District, b.District);

    private static bool Same(string? a, string? b) => a is null || b is null || a == b;
}
