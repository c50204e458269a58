using Microsoft.Data.Sqlite;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Searching;

/// <summary>
/// Finds indicators by name first, then by context (levels, project, department, place), and pages of
/// document text. Ranking: indicators whose own name matches come before context matches; among them
/// exact names, then names starting with the term, then shorter names, then newer years.
/// </summary>
public sealed class SearchService(SqliteConnection connection)
{
    // Very common terms can match most of the store; ranking looks at the newest candidates only.
    private const int CandidateCap = 2000;

    public SearchResult Search(SearchQuery query)
    {
        if (query.Limit <= 0) throw new StoreException("--limit must be a positive number.");
        var terms = SearchTerms.Parse(query.Text);
        var byName = Candidates(IndicatorMatcher.For(terms, query, "name"));
        var hits = HitLoader.Load(connection, byName).OrderBy(h => Rank(h, terms)).ThenByDescending(h => h.Year).ToList();
        if (hits.Count < query.Limit)
        {
            var byContext = Candidates(IndicatorMatcher.For(terms, query, "{name context}")).Except(byName).Take(query.Limit * 4).ToArray();
            hits.AddRange(HitLoader.Load(connection, byContext).OrderByDescending(h => h.Year));
        }
        var pages = hits.Count < query.Limit && !terms.Any(SearchTerms.IsShort) ? Pages(terms, query.Limit - hits.Count) : [];
        return new SearchResult(terms, hits.Take(query.Limit).ToArray(), pages);
    }

    private long[] Candidates(IndicatorMatcher matcher)
    {
        using var command = connection.CreateCommand();
        command.CommandText = matcher.Sql;
        for (var i = 0; i < matcher.Expressions.Count; i++) command.Parameters.AddWithValue($"$m{i}", matcher.Expressions[i]);
        command.Parameters.AddWithValue("$cap", CandidateCap);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids.ToArray();
    }

    private static int Rank(IndicatorHit hit, IReadOnlyList<string> terms)
    {
        var name = ScriptFolding.Fold(hit.Indicator);
        if (terms.Any(t => name == t)) return 0;
        if (terms.Any(t => name.StartsWith(t, StringComparison.Ordinal))) return 1;
        return 2 + Math.Min(name.Length, 100);
    }

    private IReadOnlyList<PageHit> Pages(IReadOnlyList<string> terms, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT d.path, g.page, g.text FROM page_trigrams f JOIN document_pages g ON g.id = f.rowid JOIN documents d ON d.id = g.document_id " +
            "WHERE page_trigrams MATCH $m ORDER BY f.rowid DESC LIMIT $limit";
        command.Parameters.AddWithValue("$m", FtsQuery.All(terms.Select(FtsQuery.Phrase)));
        command.Parameters.AddWithValue("$limit", limit);
        var pages = new List<PageHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) pages.Add(new PageHit(reader.GetString(0), reader.GetInt32(1), Snippets.Around(reader.GetString(2), terms[0])));
        return pages;
    }
}
