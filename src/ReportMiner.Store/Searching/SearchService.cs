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
    private const int CopiesPerReport = 8;

    public SearchResult Search(SearchQuery query)
    {
        if (query.Limit <= 0) throw new StoreException("--limit must be a positive number.");
        var terms = SearchTerms.Parse(query.Text);
        // The same report in several formats gives the same indicator several times: fetch extra, keep one of each.
        var fetch = query.Limit * CopiesPerReport;
        var ids = Ranked(IndicatorMatcher.For(terms, query, "name"), terms[0], fetch, []);
        if (ids.Count < fetch)
            ids.AddRange(Ranked(IndicatorMatcher.For(terms, query, "{name context}"), terms[0], fetch - ids.Count, ids));
        var hits = HitLoader.Load(connection, ids)
            .GroupBy(h => (h.City, h.Year, h.Project, h.Level1, h.Level2, h.Indicator, h.Target, h.Actual, h.Met))
            .Select(g => g.First() with { Copies = g.Count() })
            .Take(query.Limit)
            .ToArray();
        var pages = hits.Length < query.Limit && !terms.Any(SearchTerms.IsShort) ? Pages(terms, query.Limit - hits.Length) : [];
        return new SearchResult(terms, hits, pages);
    }

    /// <summary>The best <paramref name="limit"/> of the newest candidates, ranked in SQL on the folded name.</summary>
    private List<long> Ranked(IndicatorMatcher matcher, string firstTerm, int limit, IReadOnlyList<long> exclude)
    {
        if (matcher.MatchesNothing) return [];
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT i.id FROM ({matcher.Newest}) c JOIN indicators i ON i.id = c.rowid JOIN projects p ON p.id = i.project_id " +
            "WHERE i.id NOT IN (SELECT value FROM json_each($exclude)) " +
            "ORDER BY CASE WHEN i.name_key = $term THEN 0 WHEN substr(i.name_key, 1, length($term)) = $term THEN 1 ELSE 2 END, " +
            "length(i.name_key), p.year DESC, i.id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$m0", matcher.Expression);
        command.Parameters.AddWithValue("$cap", CandidateCap);
        command.Parameters.AddWithValue("$term", firstTerm);
        command.Parameters.AddWithValue("$exclude", "[" + string.Join(',', exclude) + "]");
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
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
