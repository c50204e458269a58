using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using ReportMiner.Store.Indexing;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// The one-pass collector of ranked hits and facet counts against Lucene's collectors it replaced (TopFieldCollector on
/// score then row, beside the facet counter): the same hits in the same order with the same scores, totals and counts.
/// </summary>
public sealed class RankedCollectorTests
{
    [Fact]
    public void The_gold_reports_are_ranked_and_counted_as_by_lucenes_sorted_collector_in_many_segments_with_deletions()
    {
        using var dir = new TempDirectory();
        var db = dir.File("s.db");
        StoreFixture.Import(db, StoreFixture.CopyGold(dir), StoreFixture.WriteReport(dir, "p.txt", "# 满意度９８％",
            "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%", "广州市|2021|热线项目|满意度|satisfaction|≥95%|96%"));
        using var connection = StoreFixture.Open(db);
        var copies = ReportCopies.Read(connection, null);
        var entries = IndexSource.Indicators(connection, null, copies).Concat(IndexSource.Pages(connection, null, copies)).ToList();
        using var reader = Build(entries);
        Assert.True(reader.Leaves.Count > 3);
        Assert.True(reader.HasDeletions);
        var searcher = new IndexSearcher(reader) { Similarity = SearchIndex.Similarity };
        var names = entries.Where(e => e.Name is not null).Select(e => e.Name!).ToList();
        var queries = new[] { 1, 2, 3 }.SelectMany(length => names.Where(n => n.Length >= length).Take(15).Select(n => n[..length]))
            .Concat(["率", "预算", "满意度", "接通率 广州"]).Distinct(StringComparer.Ordinal).ToList();
        var filters = new[] { Filters.None, new Filters(["广州"], [], null, null), new Filters([], [2021], "answer_rate", null) };
        var compared = 0;
        foreach (var text in queries)
        foreach (var filter in filters)
        foreach (var limit in new[] { 1, 3, 50, 10_000 })
        {
            var terms = Searching.SearchTerms.Parse(text);
            foreach (var query in new[] { IndexQueries.Indicators(terms, filter), IndexQueries.Pages(terms, filter) })
            {
                if (query is null) continue;
                var expected = Lucenes(searcher, query, limit);
                Assert.Equal(expected, OnePass(searcher, query, limit));
                compared += expected.Count;
            }
        }
        Assert.True(compared > 1000);
    }

    private static List<string> Lucenes(IndexSearcher searcher, Query query, int limit)
    {
        var top = TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.RowId, SortFieldType.INT64)), limit, false, true, false, true);
        var facets = new FacetCounter(IndexFields.Facets);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        var found = top.GetTopDocs();
        return Lines(found.TotalHits, found.ScoreDocs.Select(d => (d.Doc, d.Score)), facets);
    }

    private static List<string> OnePass(IndexSearcher searcher, Query query, int limit)
    {
        var facets = new FacetCounter(IndexFields.Facets);
        var top = new TopByScoreThenRow(limit, facets);
        searcher.Search(query, top);
        var hits = top.Hits();
        foreach (var hit in hits) Assert.Equal(Row(searcher.IndexReader, hit.Doc), hit.Row);
        return Lines(top.TotalHits, hits.Select(h => (h.Doc, h.Score)), facets);
    }

    private static List<string> Lines(int total, IEnumerable<(int Doc, float Score)> hits, FacetCounter facets) =>
        [$"total {total}", .. hits.Select(h => $"hit {h.Doc} {h.Score:R}"), .. facets.Result().SelectMany(f => f.Value.Select(c => $"facet {f.Key} {c.Key} {c.Count}"))];

    private static long Row(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(IndexFields.RowId).Get(doc - leaf.DocBase);
    }

    /// <summary>Six segments or more, and every fifth store document's entries deleted after all are added.</summary>
    private static DirectoryReader Build(IReadOnlyList<IndexEntry> entries)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, ChineseAnalyzer.ForIndex)
        {
            Similarity = SearchIndex.Similarity, MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var document = new EntryDocument();
            foreach (var chunk in entries.Chunk(Math.Max(1, entries.Count / 6)))
            {
                foreach (var entry in chunk) writer.AddDocument(document.For(entry));
                writer.Commit();
            }
            foreach (var id in entries.Select(e => e.DocumentId).Distinct().Where((_, i) => i % 5 == 2))
                writer.DeleteDocuments(new Term(IndexFields.Document, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }
}
