using System.Data.Common;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportMiner.Store.Indexing;

namespace ReportMiner.Store.Searching;

/// <summary>
/// Searches indicators (name, then context: levels, project, department, place) and pages of document text in
/// the Lucene index beside the store, ranked by BM25 with the indicator name weighted over its context, with
/// facet counts over every match. The index is brought up to date with the store first; rows come from the store.
/// </summary>
public sealed class SearchService(DbConnection connection, string? indexDirectory = null)
{
    private const int PageLimit = 10;

    public SearchResult Search(SearchQuery query)
    {
        if (query.Limit <= 0) throw new StoreException("--limit must be a positive number.");
        var clock = Stopwatch.StartNew();
        var terms = SearchTerms.Parse(query.Text);
        var filters = new Filters(query.City is null ? [] : [query.City], query.Year is null ? [] : [query.Year.Value], query.Category, query.ReportKind);
        var index = indexDirectory is null ? SearchIndex.For(connection) : SearchIndex.For(indexDirectory);
        using var lease = index.Acquire(connection);
        var searcher = lease.Searcher;
        var indicatorQuery = IndexQueries.Indicators(terms, filters);
        if (indicatorQuery is null) return new SearchResult(terms, [], []);
        // Equal scores are ordered by store row, so results do not depend on index layout. The index holds one copy of
        // each report, so every hit is another report's indicator.
        var facets = new FacetCounter(IndexFields.Facets);
        var top = new TopByScoreThenRow(query.Limit, facets);
        searcher.Search(indicatorQuery, top);
        var entries = new Dictionary<long, (float Score, int Copies)>();
        foreach (var hit in top.Hits()) entries.TryAdd(hit.Row, (hit.Score, (int)DocValue(searcher, hit.Doc, IndexFields.Copies)));
        // Both kinds of hit are found in the index first, so the store is asked for their rows once.
        var pageQuery = IndexQueries.Pages(terms, filters);
        var pageHits = pageQuery is null ? [] : TopPages(searcher, pageQuery, Math.Min(query.Limit, PageLimit));
        var counts = facets.Result();
        var missing = new List<string>();
        var labels = query.CityLabels
            ? CityLabels.Of(connection.ConnectionString, counts.GetValueOrDefault(IndexFields.City, []).Select(c => c.Key), missing)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var searched = clock.Elapsed.TotalMilliseconds;
        var loaded = HitLoader.Load(connection, entries.Keys.ToArray(), pageHits.Select(h => h.Row).ToArray(), missing);
        var loadedAt = clock.Elapsed.TotalMilliseconds;
        foreach (var (key, label) in loaded.CityLabels)
        {
            labels[key] = label;
            CityLabels.Remember(connection.ConnectionString, key, label);
        }
        var hits = loaded.Indicators
            .Select(h => h with { Copies = Math.Max(1, entries[h.IndicatorId].Copies), Score = entries[h.IndicatorId].Score })
            .ToArray();
        return new SearchResult(terms, hits, Pages(pageHits, loaded.Pages, terms))
        {
            TotalIndicators = top.TotalHits, Facets = counts, Documents = loaded.Documents, CityLabels = labels,
            Durations = new SearchDurations(searched, loadedAt - searched),
        };
    }

    private static RankedHit[] TopPages(IndexSearcher searcher, Query query, int limit)
    {
        var top = new TopByScoreThenRow(limit);
        searcher.Search(query, top);
        return top.Hits();
    }

    private static List<PageHit> Pages(RankedHit[] found, IReadOnlyDictionary<long, (string File, int Page, string Text)> rows, IReadOnlyList<string> terms)
    {
        var pages = new List<PageHit>();
        foreach (var hit in found)
        {
            if (!rows.TryGetValue(hit.Row, out var row)) continue;
            // Control characters carry nothing worth showing.
            var text = new string(row.Text.Select(c => char.IsControl(c) && c is not '\n' and not '\t' ? ' ' : c).ToArray());
            var folded = Snippets.Fold(text);
            pages.Add(new PageHit(row.File, row.Page, Snippets.Around(folded, terms[0])) { Highlighted = PageFragments.Around(folded, terms), Score = hit.Score });
        }
        return pages;
    }

    private static long DocValue(IndexSearcher searcher, int doc, string field)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(field)?.Get(doc - leaf.DocBase) ?? 0;
    }
}
