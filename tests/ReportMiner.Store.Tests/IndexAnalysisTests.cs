using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ReportMiner.Extraction.Places;
using ReportMiner.Store.Indexing;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// The search index's analysis and entries against the way they were first built: Lucene's filter chain (width,
/// lower case, script, CJKBigramFilter) and a new Lucene document per entry with the page text stored. Same tokens,
/// and the same hits, scores and facet counts for 1–5 character queries over the gold reports.
/// </summary>
public sealed class IndexAnalysisTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_single_character_is_analyzed_as_by_the_filter_chain(bool withUnigrams)
    {
        // Each character alone, between Han characters and glued to Latin letters and digits.
        var texts = Enumerable.Range(1, char.MaxValue).Where(c => !char.IsSurrogate((char)c)).Select(c => ((char)c).ToString())
            .Chunk(64).Select(chars => string.Join(" ", chars.Select(c => $"{c} 满{c}意 a{c}1 {c}{c}度")));
        foreach (var text in texts) Assert.Equal(Tokens(Reference(withUnigrams), text), Tokens(Analyzer(withUnigrams), text));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Mixed_script_text_is_analyzed_as_by_the_filter_chain(bool withUnigrams)
    {
        // Han (simplified, traditional, extension B), kana of both widths with voicing marks, Hangul, full-width Latin
        // and digits, numbers with separators, punctuation, marks that join the character before, long words.
        const string alphabet = "满意度滿預算率接通热线ＡＢｃ１２３abcXYZ0123456789.,:'%‰-_@/ 　，。、（）《》【】ｶﾞﾊﾟｷﾞｳﾞﾞﾟアがパ가나다\u0301\u200d\ufe0f\u3099𠀀𠀁\n\t";
        var random = new Random(9);
        var runes = alphabet.EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => runes[random.Next(runes.Length)]));
            if (i % 100 == 0) text += new string('x', 300) + "满意";
            Assert.Equal(Tokens(Reference(withUnigrams), text), Tokens(Analyzer(withUnigrams), text));
        }
    }

    [Theory]
    [InlineData("务", false)]
    [InlineData("滿", false)]
    [InlineData("服务", true)]
    [InlineData("12345", true)]
    [InlineData("kpi", true)]
    public void Only_a_one_character_term_leaves_the_indicator_context_out_of_the_query(string term, bool asksContext) =>
        Assert.Equal(asksContext, IndexQueries.Indicators([term], Filters.None)!.ToString().Contains(IndexFields.Context + ":", StringComparison.Ordinal));

    [Fact]
    public void The_gold_reports_give_the_same_hits_scores_and_facet_counts_as_entries_built_the_first_way()
    {
        using var dir = new TempDirectory();
        var db = dir.File("s.db");
        StoreFixture.Import(db, StoreFixture.CopyGold(dir), StoreFixture.WriteReport(dir, "p.txt", "# 本报告经第三方機構复核，满意度９８％，KPI与Ｋｐｉ",
            "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%"));
        using var connection = StoreFixture.Open(db);
        var copies = ReportCopies.Read(connection, null);
        var entries = IndexSource.Indicators(connection, null, copies).Concat(IndexSource.Pages(connection, null, copies)).ToList();
        using var reference = Build(entries, new FilterChain(withUnigrams: true, bigramsOnly: IndexFields.Context), FirstWay);
        var entry = new EntryDocument();
        using var current = Build(entries, ChineseAnalyzer.ForIndex, entry.For);
        var names = entries.Select(e => e.Name ?? e.PageText!).ToList();
        var queries = new[] { 1, 2, 3, 4, 5 }
            .SelectMany(length => names.Where(n => n.Length >= length).Take(12).Select(n => n[..length]))
            .Concat(["率", "预算", "满意度", "滿意度", "复核", "98%", "９８", "kpi", "KPI", "接通率 广州"])
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(queries.Count > 40);
        var filters = new[] { Filters.None, new Filters(["广州"], [], null, null), new Filters([], [2021], "answer_rate", "self_evaluation") };
        var matched = 0;
        foreach (var text in queries)
        foreach (var filter in filters)
        {
            var terms = Searching.SearchTerms.Parse(text);
            var expected = Results(reference, terms, filter);
            Assert.Equal(expected, Results(current, terms, filter));
            matched += expected.Count(line => line.StartsWith("hit", StringComparison.Ordinal));
        }
        Assert.True(matched > 100);
    }

    private static List<string> Results(DirectoryReader reader, IReadOnlyList<string> terms, Filters filters)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        var lines = new List<string>();
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.RowId, SortFieldType.INT64));
        if (IndexQueries.Indicators(terms, filters) is { } indicators)
        {
            var top = TopFieldCollector.Create(sort, 50, false, true, false, true);
            var facets = new FacetCounter(IndexFields.Facets);
            searcher.Search(indicators, MultiCollector.Wrap(top, facets));
            var found = top.GetTopDocs();
            lines.Add($"total {found.TotalHits}");
            lines.AddRange(found.ScoreDocs.Select(d => $"hit {Row(reader, d.Doc)} {d.Score:R}"));
            lines.AddRange(facets.Result().SelectMany(f => f.Value.Select(c => $"facet {f.Key} {c.Key} {c.Count}")));
        }
        if (IndexQueries.Pages(terms, filters) is { } pages)
            lines.AddRange(searcher.Search(pages, null, 10, sort, true, false).ScoreDocs.Select(d => $"page {Row(reader, d.Doc)} {d.Score:R}"));
        return lines;
    }

    private static long Row(DirectoryReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(IndexFields.RowId).Get(doc - leaf.DocBase);
    }

    private static DirectoryReader Build(IEnumerable<IndexEntry> entries, Analyzer analyzer, Func<IndexEntry, Document> document)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, analyzer) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var entry in entries) writer.AddDocument(document(entry));
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    /// <summary>An entry as the index first built it: a new document and new fields, the page text stored.</summary>
    private static Document FirstWay(IndexEntry entry)
    {
        var document = new Document
        {
            new StringField(IndexFields.Document, entry.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(IndexFields.RowId, entry.RowId),
            new NumericDocValuesField(IndexFields.Copies, entry.Copies),
        };
        if (entry.Report is { } report)
        {
            document.Add(new StringField(IndexFields.Report, ReportCopies.Term(report), Field.Store.NO));
            document.Add(new SortedDocValuesField(IndexFields.Report, new BytesRef(ReportCopies.Term(report))));
        }
        foreach (var (field, value) in new[]
                 {
                     (IndexFields.City, entry.Report?.CityKey), (IndexFields.Year, entry.Report?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                     (IndexFields.Category, entry.Category), (IndexFields.ReportKind, entry.ReportKind),
                 })
        {
            if (string.IsNullOrEmpty(value)) continue;
            document.Add(new StringField(field, value, Field.Store.NO));
            document.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
        if (entry.Name is not null)
        {
            document.Add(new TextField(IndexFields.Name, entry.Name, Field.Store.NO));
            document.Add(new StringField(IndexFields.NameExact, entry.ExactName, Field.Store.NO));
            document.Add(new TextField(IndexFields.Context, entry.Context, Field.Store.NO));
        }
        if (entry.PageText is not null) document.Add(new TextField(IndexFields.PageText, entry.PageText, Field.Store.YES));
        return document;
    }

    private static Analyzer Analyzer(bool withUnigrams) => withUnigrams ? ChineseAnalyzer.ForIndex : ChineseAnalyzer.ForQuery;

    private static Analyzer Reference(bool withUnigrams) => new FilterChain(withUnigrams);

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term}+{increment.PositionIncrement}");
        stream.End();
        return tokens;
    }

    /// <summary>The analysis as the index first had it: one Lucene filter per step (unigrams in every field but one, if named).</summary>
    private sealed class FilterChain(bool withUnigrams, string? bigramsOnly = null) : Analyzer(PER_FIELD_REUSE_STRATEGY)
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(ChineseAnalyzer.Version, reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(ChineseAnalyzer.Version, stream);
            stream = new ScriptFilter(stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN, withUnigrams && fieldName != bigramsOnly);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class ScriptFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;

        public ScriptFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            var buffer = _term.Buffer;
            for (var i = 0; i < _term.Length; i++)
                if (buffer[i] >= 0x3400 && !char.IsSurrogate(buffer[i])) buffer[i] = ChineseScript.ToSimplified(buffer[i].ToString())[0];
            return true;
        }
    }
}
