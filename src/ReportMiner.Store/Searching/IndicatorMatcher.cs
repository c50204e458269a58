using ReportMiner.Store.Text;

namespace ReportMiner.Store.Searching;

/// <summary>
/// Turns terms and filters into one SQL statement that yields matching indicator ids, newest first.
/// Unfiltered queries whose terms all have 3+ characters go to the trigram index. Queries with a 1-2
/// character term (trigrams cannot match those) or with filters go to the gram index, where every term is
/// a phrase of ordered bigrams and filters are single tokens, so FTS5 intersects them cheaply.
/// A term with no searchable characters in the gram index (only punctuation) matches nothing there.
/// </summary>
internal sealed record IndicatorMatcher(string? Table, string Expression)
{
    public bool MatchesNothing => Table is null;

    /// <summary>Every matching id (bind the expression as $m0).</summary>
    public string Ids => $"SELECT rowid FROM {Table} WHERE {Table} MATCH $m0";

    /// <summary>The newest $cap matching ids.</summary>
    public string Newest => Ids + " ORDER BY rowid DESC LIMIT $cap";

    public static IndicatorMatcher For(IReadOnlyList<string> terms, SearchQuery query, string columns) =>
        For(terms, columns, query.City is null ? [] : [query.City], query.Year is null ? [] : [query.Year.Value], query.Category);

    /// <summary>Several cities or years are alternatives (OR) within their filter; filters and terms all apply (AND).</summary>
    public static IndicatorMatcher For(IReadOnlyList<string> terms, string columns, IReadOnlyList<string> cities, IReadOnlyList<int> years,
        string? category)
    {
        var filters = new[]
        {
            AnyOf(cities.Select(c => FilterTags.City(CityNames.Key(c) ?? c))),
            AnyOf(years.Select(FilterTags.Year)),
            category is null ? null : AnyOf([FilterTags.Category(category)]),
        }.OfType<string>().ToArray();
        if (filters.Length == 0 && !terms.Any(SearchTerms.IsShort))
            return Over("indicator_trigrams", terms.Select(t => $"{columns} : {FtsQuery.Phrase(t)}"));
        var phrases = terms.Select(SearchGrams.Phrase).ToArray();
        if (phrases.Any(p => p is null)) return new IndicatorMatcher(null, "");
        return Over("indicator_grams", phrases.Select(p => $"{columns} : {FtsQuery.Phrase(p!)}").Concat(filters));
    }

    private static string? AnyOf(IEnumerable<string> tags)
    {
        var clauses = tags.Distinct().Select(t => FtsQuery.Column("tags", t)).ToArray();
        return clauses.Length == 0 ? null : "(" + string.Join(" OR ", clauses) + ")";
    }

    private static IndicatorMatcher Over(string table, IEnumerable<string> clauses) => new(table, FtsQuery.All(clauses));
}
