using ReportMiner.Store.Indexing;
using ReportMiner.Store.Searching;
using ReportMiner.Store.Statistics;

namespace ReportMiner.Store.Browsing;

public sealed record Facet(string Value, string Label, long Count);

/// <summary>
/// Counts of the indicator entries a search matches, by city, year, category and report kind: every match, counted
/// by the search index from its doc values; a report imported as several files counts once.
/// </summary>
public sealed record SearchFacets(IReadOnlyList<Facet> Cities, IReadOnlyList<Facet> Years, IReadOnlyList<Facet> Categories,
    IReadOnlyList<Facet> ReportKinds, long Counted)
{
    public static SearchFacets Empty { get; } = new([], [], [], [], 0);

    /// <summary>
    /// The facets of a search result; cities are shown (and filtered) by a stored name of their key, which the search
    /// looked up when its query asked for city labels.
    /// </summary>
    public static SearchFacets Of(SearchResult result)
    {
        var cities = Counts(result, IndexFields.City);
        return new SearchFacets(
            cities.Select(c => result.CityLabels.GetValueOrDefault(c.Key, c.Key)).Zip(cities, (label, c) => new Facet(label, label, c.Count)).ToArray(),
            Counts(result, IndexFields.Year).Select(Facet).OrderByDescending(f => f.Value, StringComparer.Ordinal).ToArray(),
            Counts(result, IndexFields.Category).Select(Facet).ToArray(),
            Counts(result, IndexFields.ReportKind).Select(Facet).ToArray(),
            result.TotalIndicators);
    }

    private static IReadOnlyList<CountBy> Counts(SearchResult result, string field) => result.Facets.GetValueOrDefault(field) ?? [];

    private static Facet Facet(CountBy count) => new(count.Key, count.Key, count.Count);
}
