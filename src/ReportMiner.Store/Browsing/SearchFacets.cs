using System.Collections.Concurrent;
using System.Data.Common;
using ReportMiner.Store.Data;
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
    // A city key's display name does not change once stored; looking it up on every search would read every project of the city.
    private static readonly ConcurrentDictionary<(string Store, string Key), string> CityLabels = new();

    public static SearchFacets Empty { get; } = new([], [], [], [], 0);

    /// <summary>The facets of a search result; cities are shown (and filtered) by a stored name of their key.</summary>
    public static SearchFacets Of(DbConnection connection, SearchResult result)
    {
        var cities = Counts(result, IndexFields.City);
        var labels = Labels(connection, cities.Select(c => c.Key).ToArray());
        return new SearchFacets(
            cities.Select(c => labels.GetValueOrDefault(c.Key, c.Key)).Zip(cities, (label, c) => new Facet(label, label, c.Count)).ToArray(),
            Counts(result, IndexFields.Year).Select(Facet).OrderByDescending(f => f.Value, StringComparer.Ordinal).ToArray(),
            Counts(result, IndexFields.Category).Select(Facet).ToArray(),
            Counts(result, IndexFields.ReportKind).Select(Facet).ToArray(),
            result.TotalIndicators);
    }

    private static IReadOnlyList<CountBy> Counts(SearchResult result, string field) => result.Facets.GetValueOrDefault(field) ?? [];

    private static Facet Facet(CountBy count) => new(count.Key, count.Key, count.Count);

    private static Dictionary<string, string> Labels(DbConnection connection, IReadOnlyList<string> keys)
    {
        var store = connection.ConnectionString;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in keys)
            if (CityLabels.TryGetValue((store, key), out var label)) labels[key] = label;
            else missing.Add(key);
        if (missing.Count == 0) return labels;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT city_key, MIN(city) FROM projects WHERE city IS NOT NULL AND " +
                              SqlDialect.Of(connection).InList(command, "city_key", "@keys", missing) + " GROUP BY city_key";
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            labels[r.GetString(0)] = r.GetString(1);
            CityLabels[(store, r.GetString(0))] = r.GetString(1);
        }
        return labels;
    }
}
