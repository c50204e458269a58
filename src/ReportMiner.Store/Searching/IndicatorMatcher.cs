using ReportMiner.Store.Text;

namespace ReportMiner.Store.Searching;

/// <summary>
/// Turns terms and filters into one SQL statement that yields matching indicator ids, newest first.
/// Terms of 3+ characters go to the trigram index; 1-2 character terms to the gram index (trigrams
/// cannot match them). Filters are tag phrases in the same MATCH so FTS5 intersects them.
/// </summary>
internal sealed record IndicatorMatcher(string Sql, IReadOnlyList<string> Expressions)
{
    public static IndicatorMatcher For(IReadOnlyList<string> terms, SearchQuery query, string columns)
    {
        var tags = Tags(query).ToArray();
        var longTerms = terms.Where(t => !SearchTerms.IsShort(t)).ToArray();
        var shortTerms = terms.Where(SearchTerms.IsShort).ToArray();
        var parts = new List<(string Table, string Expression)>();
        if (longTerms.Length > 0) parts.Add(("indicator_trigrams", Expression(longTerms, columns, tags)));
        if (shortTerms.Length > 0) parts.Add(("indicator_grams", Expression(shortTerms, columns, longTerms.Length > 0 ? [] : tags)));
        var selects = parts.Select((p, i) => $"SELECT rowid FROM {p.Table} WHERE {p.Table} MATCH $m{i}");
        var sql = parts.Count == 1
            ? selects.Single() + " ORDER BY rowid DESC LIMIT $cap"
            : $"SELECT rowid FROM ({string.Join(" INTERSECT ", selects)}) ORDER BY rowid DESC LIMIT $cap";
        return new IndicatorMatcher(sql, parts.Select(p => p.Expression).ToArray());
    }

    private static string Expression(IEnumerable<string> terms, string columns, IEnumerable<string> tags) =>
        FtsQuery.All(terms.Select(t => $"{columns} : {FtsQuery.Phrase(t)}").Concat(tags.Select(t => FtsQuery.Column("tags", t))));

    private static IEnumerable<string> Tags(SearchQuery query)
    {
        if (query.City is not null) yield return FilterTags.City(CityNames.Key(query.City) ?? query.City);
        if (query.Year is not null) yield return FilterTags.Year(query.Year.Value);
        if (query.Category is not null) yield return FilterTags.Category(query.Category);
    }
}
