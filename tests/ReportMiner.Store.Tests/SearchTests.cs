using ReportMiner.Store.Data;
using ReportMiner.Store.Searching;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>Search over the gold records of the five seed reports, imported into a real store.</summary>
public abstract class SearchTestsContract : IDisposable
{
    protected abstract StoreEngine Engine { get; }

    private string NewDb(TempDirectory dir) => StoreFixture.NewStore(dir, Engine);

    private readonly TempDirectory _dir = new();
    private readonly System.Data.Common.DbConnection _connection;
    private readonly string _db;

    protected SearchTestsContract()
    {
        _db = StoreFixture.NewStore(_dir, Engine);
        StoreFixture.Import(_db, StoreFixture.CopyGold(_dir));
        _connection = StoreFixture.Open(_db);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _dir.Dispose();
    }

    private SearchResult Search(string text, string? city = null, int? year = null, string? category = null, int limit = 50) =>
        new SearchService(_connection).Search(new SearchQuery(text) { City = city, Year = year, Category = category, Limit = limit });

    [Fact]
    public void A_commit_another_process_makes_to_the_index_is_seen_by_the_next_search()
    {
        Assert.NotEmpty(Search("率").Indicators);
        // Another process empties the index and keeps its commit data: the next search reads that commit, not the one it had open.
        RewriteIndex(create: false);
        Assert.Empty(Search("率").Indicators);
    }

    [Fact]
    public void A_change_another_connection_commits_after_a_search_is_found_by_the_next_search()
    {
        var hit = Search("率").Indicators[0];
        Assert.Empty(Search("改名后").Indicators);
        // Written behind the index's back: only the store's change log says the index is behind.
        using (var other = StoreFixture.Open(_db))
        {
            Db.Execute(other, null, "UPDATE indicators SET name = @name WHERE id = @id", ("@name", "改名后的指标"), ("@id", hit.IndicatorId));
            Db.Execute(other, null, "INSERT INTO changes (document_id) SELECT p.document_id FROM indicators i JOIN projects p ON p.id = i.project_id WHERE i.id = @id",
                ("@id", hit.IndicatorId));
        }
        Assert.Equal([(hit.IndicatorId, "改名后的指标")], Search("改名后").Indicators.Select(h => (h.IndicatorId, h.Indicator)).ToArray());
    }

    [Fact]
    public void An_index_deleted_and_made_anew_in_its_directory_is_seen_by_the_next_search()
    {
        Assert.NotEmpty(Search("率").Indicators);
        // The new index's first commit may have the generation, so the file name, of the commit the reader was opened from.
        RewriteIndex(create: true);
        Assert.Empty(Search("率").Indicators);
    }

    /// <summary>An empty index with the commit data of the current one, in its directory (made anew, or a commit on top).</summary>
    private void RewriteIndex(bool create)
    {
        var path = Indexing.SearchIndex.For(_connection).Location;
        Dictionary<string, string> data;
        using (var reader = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(path))) data = new(reader.IndexCommit.UserData);
        if (create)
            foreach (var file in System.IO.Directory.GetFiles(path)) File.Delete(file);
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        var config = new Lucene.Net.Index.IndexWriterConfig(Indexing.ChineseAnalyzer.Version, Indexing.ChineseAnalyzer.ForIndex)
        {
            OpenMode = create ? Lucene.Net.Index.OpenMode.CREATE : Lucene.Net.Index.OpenMode.APPEND,
        };
        using var writer = new Lucene.Net.Index.IndexWriter(directory, config);
        writer.DeleteAll();
        writer.SetCommitData(data);
        writer.Commit();
    }

    [Fact]
    public void A_two_character_query_finds_every_indicator_containing_it()
    {
        var names = Search("预算").Indicators.Select(h => h.Indicator).ToHashSet();
        Assert.Equal(["预算完成率", "预算执行率", "预算编制合理性", "预算资金到位率"], names.Order().ToArray());
        Assert.Equal("对群众办理结果不满意的回访率", Assert.Single(Search("回访").Indicators).Indicator);
    }

    [Fact]
    public void A_one_character_query_is_answered()
    {
        var hits = Search("率", limit: 200).Indicators;
        Assert.True(hits.Count >= 20);
        Assert.All(hits, h => Assert.Contains("率", h.Indicator + h.Project + h.Level1 + h.Level2));
    }

    [Fact]
    public void Two_characters_find_an_indicator_by_its_project_and_one_character_by_its_name_only()
    {
        // An indicator's context (levels, project, department, place) is indexed as bigrams: 服务 finds indicators whose
        // names lack it through their project's name; 务 alone finds only names that hold it, not every indicator of
        // every 服务 project.
        Assert.Contains(Search("服务", limit: 200).Indicators, h => !h.Indicator.Contains("服务") && h.Project.Contains("服务"));
        var oneCharacter = Search("务", limit: 200).Indicators;
        Assert.NotEmpty(oneCharacter);
        Assert.All(oneCharacter, h => Assert.Contains("务", h.Indicator));
    }

    [Fact]
    public void Traditional_characters_find_the_simplified_indicator()
    {
        var simplified = Search("满意度").Indicators.Select(h => h.IndicatorId).Order().ToArray();
        Assert.NotEmpty(simplified);
        Assert.Equal(simplified, Search("滿意度").Indicators.Select(h => h.IndicatorId).Order().ToArray());
        Assert.Equal(Search("预算").Indicators.Count, Search("預算").Indicators.Count);
    }

    [Fact]
    public void Name_matches_rank_first_and_an_exact_name_leads()
    {
        var hits = Search("满意度").Indicators;
        Assert.Equal("满意度", hits[0].Indicator);
        Assert.Contains("话务服务市民满意度", hits.Select(h => h.Indicator));
    }

    [Fact]
    public void Every_term_of_a_multi_word_query_must_occur()
    {
        var hits = Search("接通率 广州").Indicators;
        Assert.Equal("月度话务接通率", Assert.Single(hits).Indicator);
    }

    [Theory]
    [InlineData("广州")]
    [InlineData("广州市")]
    [InlineData("Guangzhou")]
    [InlineData("廣州市")]
    public void A_city_filter_accepts_short_full_and_romanised_names(string city)
    {
        // Seven of the eight 广州 indicators contain 率 (话务服务市民满意度 does not).
        var hits = Search("率", city: city).Indicators;
        Assert.Equal(7, hits.Count);
        Assert.All(hits, h => Assert.Equal("广州市", h.City));
    }

    [Fact]
    public void Year_and_category_filters_narrow_the_hits()
    {
        Assert.All(Search("率", year: 2020).Indicators, h => Assert.Equal(2020, h.Year));
        var answer = Search("率", category: "answer_rate").Indicators.Select(h => h.Indicator).Order().ToArray();
        Assert.Equal(new[] { "综合接通率", "转接接通率", "月度话务接通率" }.Order().ToArray(), answer);
    }

    [Fact]
    public void A_hit_says_where_it_came_from()
    {
        var hit = Assert.Single(Search("回访率").Indicators);
        Assert.Equal("广州市", hit.City);
        Assert.Equal(2021, hit.Year);
        Assert.Equal("产出", hit.Level1);
        Assert.Equal("100%", hit.Target);
        Assert.True(hit.Met);
        Assert.EndsWith("002_c92512870de621d4.json", hit.File);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("满意度\"")]
    [InlineData("*")]
    [InlineData("满意*")]
    [InlineData("满意 AND 度")]
    [InlineData("NEAR(满意 度)")]
    [InlineData("name : 满意度")]
    [InlineData("- ^ { } ( ) :")]
    [InlineData("满意度 OR 1=1; DROP TABLE indicators; --")]
    [InlineData("'")]
    public void Query_syntax_characters_are_searched_as_text_never_as_syntax(string query)
    {
        var result = Search(query);
        Assert.All(result.Indicators, h => Assert.NotNull(h.Indicator));
        Assert.Equal(52, StoreFixture.Count(_db, "SELECT COUNT(*) FROM indicators"));
    }

    [Fact]
    public void Operators_are_plain_words_so_an_and_query_needs_the_word_and()
    {
        Assert.Empty(Search("满意 AND 度").Indicators);
        Assert.NotEmpty(Search("满意 度").Indicators);
    }

    [Fact]
    public void An_empty_query_is_a_clear_error()
    {
        var error = Assert.Throws<StoreException>(() => Search("   "));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Highlight_ranges_map_folded_matches_back_to_the_original_text()
    {
        var ranges = Snippets.Find("話務服務 滿意度", ["满意度"]);
        Assert.Equal([(5, 3)], ranges);
    }
}

public sealed class SqliteSearchTests : SearchTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;
}

public sealed class PostgresSearchTests : SearchTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
