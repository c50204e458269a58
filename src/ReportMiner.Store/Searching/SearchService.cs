using System.Data.Common;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Statistics;

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
        var profile = Diagnostics.PhaseClock.Start("search");
        var terms = SearchTerms.Parse(query.Text);
        var filters = new Filters(query.City is null ? [] : [query.City], query.Year is null ? [] : [query.Year.Value], query.Category, query.ReportKind);
        var indicatorQuery = IndexQueries.Indicators(terms, filters);
        if (indicatorQuery is null) return new SearchResult(terms, [], []);
        var pageQuery = IndexQueries.Pages(terms, filters);
        profile?.Mark("queries");
        var index = indexDirectory is null ? SearchIndex.For(connection) : SearchIndex.For(indexDirectory);
        // The index as it is first, the store's generation read with the hits: one round trip while the store is unchanged.
        // Only when it changed (or there is no index yet) is the index brought up to date and searched again.
        using (var current = index.AcquireCurrent())
        {
            profile?.Mark("acquire");
            if (current is not null)
            {
                var found = Find(current.Searcher, query, indicatorQuery, pageQuery, profile);
                var searched = clock.Elapsed.TotalMilliseconds;
                var loaded = HitLoader.Load(connection, found.Entries.Keys.ToArray(), found.PageHits.Select(h => h.Row).ToArray(), found.Missing, generation: true);
                profile?.Mark("load");
                if (current.IsAt(loaded.Generation!.Value))
                {
                    var result = Result(terms, found, loaded, searched, clock.Elapsed.TotalMilliseconds - searched);
                    profile?.Mark("result");
                    profile?.Report();
                    return result;
                }
            }
        }
        using var lease = index.Acquire(connection);
        var fresh = Find(lease.Searcher, query, indicatorQuery, pageQuery);
        var freshSearched = clock.Elapsed.TotalMilliseconds;
        var freshLoaded = HitLoader.Load(connection, fresh.Entries.Keys.ToArray(), fresh.PageHits.Select(h => h.Row).ToArray(), fresh.Missing);
        return Result(terms, fresh, freshLoaded, freshSearched, clock.Elapsed.TotalMilliseconds - freshSearched);
    }

    /// <summary>What one search found in the index, before the store's rows are loaded.</summary>
    private sealed record Found(
        Dictionary<long, (float Score, int Copies)> Entries, long TotalHits, RankedHit[] PageHits,
        IReadOnlyDictionary<string, IReadOnlyList<CountBy>> Facets, Dictionary<string, string> Labels, List<string> Missing);

    private Found Find(IndexSearcher searcher, SearchQuery query, Query indicatorQuery, Query? pageQuery, Diagnostics.PhaseClock? profile = null)
    {
        // The page search does not depend on the indicator search: it runs beside it, on another core when one is free (a
        // phrase's page search was a third of the time of the searches that took longest).
        var pageSearch = pageQuery is null ? null : Task.Run(() => TopPages(searcher, pageQuery, Math.Min(query.Limit, PageLimit)));
        // Equal scores are ordered by store row, so results do not depend on index layout. The index holds one copy of
        // each report, so every hit is another report's indicator.
        var facets = new FacetCounter(IndexFields.Facets);
        var top = new TopByScoreThenRow(query.Limit, facets);
        try
        {
            searcher.Search(indicatorQuery, top);
        }
        catch
        {
            // The page search must not outlive the caller's hold on the reader.
            try { pageSearch?.Wait(); }
            catch (AggregateException) { }
            throw;
        }
        profile?.Mark("indicators");
        var entries = new Dictionary<long, (float Score, int Copies)>();
        foreach (var hit in top.Hits()) entries.TryAdd(hit.Row, (hit.Score, (int)DocValue(searcher, hit.Doc, IndexFields.Copies)));
        profile?.Mark("copies");
        // Both kinds of hit are found in the index first, so the store is asked for their rows once.
        var pageHits = pageSearch is null ? [] : pageSearch.GetAwaiter().GetResult();
        profile?.Mark("pages");
        var counts = facets.Result();
        var missing = new List<string>();
        var labels = query.CityLabels
            ? CityLabels.Of(connection.ConnectionString, counts.GetValueOrDefault(IndexFields.City, []).Select(c => c.Key), missing)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        profile?.Mark("facets");
        return new Found(entries, top.TotalHits, pageHits, counts, labels, missing);
    }

    private SearchResult Result(IReadOnlyList<string> terms, Found found, LoadedHits loaded, double searched, double rows)
    {
        var labels = found.Labels;
        foreach (var (key, label) in loaded.CityLabels)
        {
            labels[key] = label;
            CityLabels.Remember(connection.ConnectionString, key, label);
        }
        var hits = loaded.Indicators
            .Select(h => h with { Copies = Math.Max(1, found.Entries[h.IndicatorId].Copies), Score = found.Entries[h.IndicatorId].Score })
            .ToArray();
        return new SearchResult(terms, hits, Pages(found.PageHits, loaded.Pages, terms))
        {
            TotalIndicators = found.TotalHits, Facets = found.Facets, Documents = loaded.Documents, CityLabels = labels,
            Durations = new SearchDurations(searched, rows),
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
