using Microsoft.Data.Sqlite;
using ReportMiner.Store.Searching;

namespace ReportMiner.Store.Browsing;

public sealed record Facet(string Value, string Label, long Count);

/// <summary>
/// Counts of the indicators a search matches, by city, year, category and report kind, copies of a report counted
/// once. Counted over the newest <see cref="SearchFacetService.Cap"/> matches; <see cref="Capped"/> says there were more.
/// </summary>
public sealed record SearchFacets(IReadOnlyList<Facet> Cities, IReadOnlyList<Facet> Years, IReadOnlyList<Facet> Categories,
    IReadOnlyList<Facet> ReportKinds, int Counted, bool Capped)
{
    public static SearchFacets Empty { get; } = new([], [], [], [], 0, false);
}

/// <summary>Facet counts for a search: the same matcher as the search itself, so the counts describe the same hits.</summary>
public sealed class SearchFacetService(SqliteConnection connection)
{
    public const int Cap = 2000;

    public SearchFacets For(SearchQuery query, string? reportKind)
    {
        var terms = SearchTerms.Parse(query.Text);
        var matcher = IndicatorMatcher.For(terms, query, "{name context}");
        if (matcher.MatchesNothing) return SearchFacets.Empty;
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT p.city_key, p.city, p.year, i.category, p.report_kind, p.name_key, i.name_key, i.target_text, i.actual_text FROM ({matcher.Newest}) c " +
            "JOIN indicators i ON i.id = c.rowid JOIN projects p ON p.id = i.project_id " +
            "WHERE $kind IS NULL OR p.report_kind = $kind";
        command.Parameters.AddWithValue("$m0", matcher.Expression);
        command.Parameters.AddWithValue("$cap", Cap + 1);
        command.Parameters.AddWithValue("$kind", (object?)reportKind ?? DBNull.Value);
        var cities = new Dictionary<string, (string Label, long Count)>(StringComparer.Ordinal);
        var years = new Dictionary<string, long>(StringComparer.Ordinal);
        var categories = new Dictionary<string, long>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, long>(StringComparer.Ordinal);
        var counted = 0;
        var matches = 0;
        // Copies of one report (the same indicator in several files) count once, as the search shows them once.
        var distinct = new HashSet<(string?, int?, string, string, string?, string?)>();
        using (var r = command.ExecuteReader())
            while (r.Read() && matches < Cap)
            {
                matches++;
                if (!distinct.Add((Text(r, 0), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetString(5), r.GetString(6), Text(r, 7), Text(r, 8)))) continue;
                counted++;
                if (!r.IsDBNull(0))
                {
                    var key = r.GetString(0);
                    var label = r.IsDBNull(1) ? key : r.GetString(1);
                    cities[key] = cities.TryGetValue(key, out var seen) ? (seen.Label, seen.Count + 1) : (label, 1);
                }
                if (!r.IsDBNull(2)) Add(years, r.GetInt32(2).ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (!r.IsDBNull(3)) Add(categories, r.GetString(3));
                if (!r.IsDBNull(4)) Add(kinds, r.GetString(4));
            }
        return new SearchFacets(
            cities.Select(c => new Facet(c.Value.Label, c.Value.Label, c.Value.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToArray(),
            years.Select(y => new Facet(y.Key, y.Key, y.Value)).OrderByDescending(f => f.Value, StringComparer.Ordinal).ToArray(),
            Sorted(categories), Sorted(kinds), counted, matches >= Cap);
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Add(Dictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static Facet[] Sorted(Dictionary<string, long> counts) =>
        counts.Select(c => new Facet(c.Key, c.Key, c.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToArray();
}
