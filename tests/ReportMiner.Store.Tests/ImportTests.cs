using ReportMiner.Store.Data;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

public abstract class ImportTestsContract
{
    protected abstract StoreEngine Engine { get; }

    private string NewDb(TempDirectory dir) => StoreFixture.NewStore(dir, Engine);

    private static readonly string[] Tables = ["documents", "projects", "indicators", "document_pages"];

    [Fact]
    public async Task A_store_that_refuses_the_writes_ends_the_import_with_its_error_instead_of_leaving_the_readers_waiting()
    {
        using var dir = new TempDirectory();
        // More files than the hand-over between readers and the writer holds, so readers are waiting when the writer fails.
        var files = Enumerable.Range(0, 30).Select(i => StoreFixture.WriteReport(dir, $"in/r{i}.txt", $"广州市|2021|项目{i}|接通率|answer_rate|≥90%|91%")).ToArray();
        var db = NewDb(dir);
        using (var connection = Schema.StoreDatabase.Open(db))
            Schema.StoreDatabase.Execute(connection, Engine == StoreEngine.Sqlite
                ? "CREATE TRIGGER refuse BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
                : "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql; " +
                  "CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse();");

        var import = StoreFixture.LinePipeline().RunAsync(files, db, new Importing.ImportOptions { Jobs = 1, BatchSize = 3 });

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => import.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("refused by the test", error.Message);
    }

    [Fact]
    public void Importing_the_same_files_twice_adds_nothing_the_second_time()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        for (var i = 0; i < 7; i++)
            StoreFixture.WriteReport(dir, $"in/r{i}.txt", $"城市{i}市|2020|项目{i}|接通率|answer_rate|≥95%|9{i}%", $"城市{i}市|2020|项目{i}|满意度|satisfaction|≥90%|9{i}%");
        StoreFixture.CopyGold(dir, "in/gold");
        var first = StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        var counts = Tables.Select(t => StoreFixture.Count(db, $"SELECT COUNT(*) FROM {t}")).ToArray();
        var second = StoreFixture.Import(db, Path.Combine(dir.Path, "in"));

        Assert.Equal(12, first.Imported);
        Assert.Equal(0, second.Imported);
        Assert.Equal(12, second.Unchanged);
        Assert.Equal(counts, Tables.Select(t => StoreFixture.Count(db, $"SELECT COUNT(*) FROM {t}")).ToArray());
        Assert.Equal(7 * 2 + 52, counts[2]);
    }

    [Fact]
    public void A_changed_file_at_the_same_path_replaces_its_old_version()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        var path = StoreFixture.WriteReport(dir, "r.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%", "广州市|2021|热线项目|回访率|callback_rate|100%|100%");
        StoreFixture.Import(db, path);
        StoreFixture.WriteReport(dir, "r.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|96%");
        var summary = StoreFixture.Import(db, path);

        Assert.Equal(1, summary.Imported);
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM indicators"));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM indicators WHERE actual_text = '96%'"));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM document_pages"));
        using var connection = StoreFixture.Open(db);
        Assert.Empty(new Searching.SearchService(connection).Search(new Searching.SearchQuery("回访率")).Indicators);
    }

    [Fact]
    public void The_same_content_under_another_name_is_not_stored_twice()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/a.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%");
        StoreFixture.WriteReport(dir, "in/copy-of-a.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%");
        var summary = StoreFixture.Import(db, Path.Combine(dir.Path, "in"));

        Assert.Equal(1, summary.Imported);
        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM indicators"));
    }

    [Fact]
    public void A_corrupt_file_is_recorded_with_its_error_and_the_others_are_imported()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/good1.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%");
        StoreFixture.WriteReport(dir, "in/bad.txt", "CORRUPT");
        StoreFixture.WriteReport(dir, "in/good2.txt", "上海市|2020|热线项目|接通率|answer_rate|≥90%|91%");
        File.WriteAllText(Path.Combine(dir.Path, "in", "broken.json"), "{\"projects\": [ {\"name\": ");
        var summary = StoreFixture.Import(db, Path.Combine(dir.Path, "in"));

        Assert.Equal(2, summary.Imported);
        Assert.Equal(2, summary.Failed);
        Assert.Equal(["bad.txt", "broken.json"], summary.Failures.Select(f => Path.GetFileName(f.Path)).Order().ToArray());
        Assert.Equal(2, StoreFixture.Count(db, "SELECT COUNT(*) FROM documents WHERE status = 'failed' AND error LIKE '%' AND error_kind = 'Corrupt'"));
        Assert.Equal(2, StoreFixture.Count(db, "SELECT COUNT(*) FROM indicators"));
    }

    [Fact]
    public void An_extractor_that_throws_fails_only_its_own_file()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/good.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%");
        StoreFixture.WriteReport(dir, "in/odd.txt", "this line has no fields");
        var summary = StoreFixture.Import(db, Path.Combine(dir.Path, "in"));

        Assert.Equal(1, summary.Imported);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("ExtractionFailed", failure.Kind);
    }

    [Fact]
    public void Each_run_is_logged_with_its_counts()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        var path = StoreFixture.WriteReport(dir, "r.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%");
        StoreFixture.Import(db, path);
        StoreFixture.Import(db, path);
        Assert.Equal(2, StoreFixture.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'completed'"));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT SUM(imported) FROM import_runs"));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT SUM(unchanged) FROM import_runs"));
    }

    [Fact]
    public void One_report_in_several_files_is_one_search_hit_that_counts_its_copies()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        foreach (var name in new[] { "in/r.txt", "in/r-copy1.txt", "in/r-copy2.txt" })
            StoreFixture.WriteReport(dir, name, "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%", $"# {name}");
        StoreFixture.WriteReport(dir, "in/other.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|97%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using var connection = StoreFixture.Open(db);

        var hits = new Searching.SearchService(connection).Search(new Searching.SearchQuery("接通率")).Indicators;

        // Four files of one report (same city, year and project): one hit, shown by the version most copies agree on.
        Assert.Equal([("94%", 4)], hits.Select(h => (h.Actual!, h.Copies)).ToArray());
    }

    [Fact]
    public void Reports_without_a_project_name_from_one_city_and_year_stay_separate_hits_unless_they_agree_on_department_and_budget()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/a.txt", "广州市|2021||热线接通率|answer_rate|≥95%|94%|广州市政务服务数据管理局");
        StoreFixture.WriteReport(dir, "in/a-copy.txt", "广州市|2021||热线接通率|answer_rate|≥95%|94%|广州市政务服务数据管理局", "# copy");
        StoreFixture.WriteReport(dir, "in/b.txt", "广州市|2021||医保热线接通率|answer_rate|≥90%|92%|广州市医疗保障局");
        StoreFixture.WriteReport(dir, "in/c.txt", "广州市|2021||人社热线接通率|answer_rate|≥90%|93%");
        StoreFixture.WriteReport(dir, "in/d.txt", "广州市|2021||公交热线接通率|answer_rate|≥90%|91%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using var connection = StoreFixture.Open(db);

        var hits = new Searching.SearchService(connection).Search(new Searching.SearchQuery("接通率")).Indicators;

        Assert.Equal([("人社热线接通率", 1), ("公交热线接通率", 1), ("医保热线接通率", 1), ("热线接通率", 2)],
            hits.Select(h => (h.Indicator, h.Copies)).OrderBy(h => h.Indicator, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void When_the_copies_a_report_is_shown_by_are_replaced_the_search_shows_the_copy_that_remains()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        foreach (var name in new[] { "in/a.txt", "in/b.txt" })
            StoreFixture.WriteReport(dir, name, "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%", $"# {name}");
        StoreFixture.WriteReport(dir, "in/c.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|97%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using var connection = StoreFixture.Open(db);
        var service = new Searching.SearchService(connection);
        var before = service.Search(new Searching.SearchQuery("接通率")).Indicators;

        foreach (var name in new[] { "in/a.txt", "in/b.txt" })
            StoreFixture.WriteReport(dir, name, "上海市|2021|热线项目|接通率|answer_rate|≥95%|99%", $"# {name}");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        var after = service.Search(new Searching.SearchQuery("接通率")).Indicators;

        Assert.Equal([("广州市", "94%", 3)], before.Select(h => (h.City!, h.Actual!, h.Copies)).ToArray());
        Assert.Equal([("广州市", "97%", 1), ("上海市", "99%", 2)], after.Select(h => (h.City!, h.Actual!, h.Copies)).OrderBy(h => h.Item2).ToArray());
    }

    [Fact]
    public async Task An_import_brings_the_search_index_up_to_date_in_steps_and_ends_with_every_copy_counted()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        var files = Enumerable.Range(0, 6)
            .Select(i => StoreFixture.WriteReport(dir, $"in/r{i}.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%", $"# copy {i}")).ToArray();
        var indexDirectory = Data.StoreLocation.Parse(db).IndexDirectory;
        var indexedDuringTheRun = new List<int>();
        var progress = new Reported(p =>
        {
            if (p.Done is > 0 and < 6) indexedDuringTheRun.Add(IndexedEntries(indexDirectory));
        });

        var summary = await StoreFixture.LinePipeline().RunAsync(files, db, new Importing.ImportOptions { Jobs = 1, BatchSize = 1, IndexStep = 2 }, progress);

        // Six one-file batches with a catch-up every two documents: the index holds entries before the run ends.
        Assert.Contains(indexedDuringTheRun, entries => entries > 0);
        Assert.True(summary.IndexSync > TimeSpan.Zero);
        using var connection = StoreFixture.Open(db);
        var hits = new Searching.SearchService(connection).Search(new Searching.SearchQuery("接通率")).Indicators;
        Assert.Equal([("94%", 6)], hits.Select(h => (h.Actual!, h.Copies)).ToArray());
    }

    [Fact]
    public async Task An_importer_does_not_wait_mid_run_for_an_index_another_process_holds_and_catches_up_at_the_end()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        var files = Enumerable.Range(0, 6)
            .Select(i => StoreFixture.WriteReport(dir, $"in/r{i}.txt", $"广州市|2021|项目{i}|接通率|answer_rate|≥95%|9{i}%")).ToArray();
        var indexDirectory = Data.StoreLocation.Parse(db).IndexDirectory;
        // Another process's sync or search holds the lock between processes; released after 20 s at the latest.
        var held = Indexing.IndexLock.Acquire(indexDirectory, TimeSpan.FromSeconds(5));
        using var release = new Timer(_ => held.Dispose(), null, TimeSpan.FromSeconds(20), Timeout.InfiniteTimeSpan);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? lastWrittenAt = null;
        var progress = new Reported(p =>
        {
            if (p.Done != 6) return;
            lastWrittenAt = clock.Elapsed;
            held.Dispose();
        });

        await StoreFixture.LinePipeline().RunAsync(files, db, new Importing.ImportOptions { Jobs = 1, BatchSize = 1, IndexStep = 2 }, progress);

        // Catch-ups were due after the second and fourth documents; waiting for the lock would have held the writer there.
        Assert.NotNull(lastWrittenAt);
        Assert.True(lastWrittenAt < TimeSpan.FromSeconds(15), $"the last document was written after {lastWrittenAt}");
        using var connection = StoreFixture.Open(db);
        Assert.Equal(6, new Searching.SearchService(connection).Search(new Searching.SearchQuery("接通率")).TotalIndicators);
    }

    [Fact]
    public async Task An_index_that_cannot_be_written_stops_no_import_and_its_error_comes_at_the_end()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        var files = Enumerable.Range(0, 6)
            .Select(i => StoreFixture.WriteReport(dir, $"in/r{i}.txt", $"广州市|2021|项目{i}|接通率|answer_rate|≥95%|9{i}%")).ToArray();
        var indexDirectory = Data.StoreLocation.Parse(db).IndexDirectory;
        Directory.CreateDirectory(Path.GetDirectoryName(indexDirectory)!);
        File.WriteAllText(indexDirectory, "a file where the index directory belongs");
        try
        {
            var import = StoreFixture.LinePipeline().RunAsync(files, db, new Importing.ImportOptions { Jobs = 1, BatchSize = 1, IndexStep = 2 });

            await Assert.ThrowsAnyAsync<IOException>(() => import);
            Assert.Equal(6, StoreFixture.Count(db, "SELECT COUNT(*) FROM documents WHERE status = 'imported'"));
        }
        finally
        {
            File.Delete(indexDirectory);
        }
    }

    private static int IndexedEntries(string directory)
    {
        if (!Directory.Exists(directory)) return 0;
        using var index = Lucene.Net.Store.FSDirectory.Open(directory);
        if (!Lucene.Net.Index.DirectoryReader.IndexExists(index)) return 0;
        using var reader = Lucene.Net.Index.DirectoryReader.Open(index);
        return reader.NumDocs;
    }

    /// <summary>Told each progress report on the writer's thread, as it happens (Progress&lt;T&gt; posts them later).</summary>
    private sealed class Reported(Action<Importing.ImportProgress> report) : IProgress<Importing.ImportProgress>
    {
        public void Report(Importing.ImportProgress value) => report(value);
    }
}

public sealed class SqliteImportTests : ImportTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;
}

public sealed class PostgresImportTests : ImportTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}

public sealed class ImportReadingTests
{
    [Fact]
    public async Task Import_names_each_file_as_a_worker_starts_reading_it()
    {
        using var dir = new TempDirectory();
        var files = Enumerable.Range(0, 4).Select(i => StoreFixture.WriteReport(dir, $"r{i}.txt", $"广州市|2021|项目{i}|接通率|answer_rate|≥90%|91%")).ToArray();
        var read = new System.Collections.Concurrent.ConcurrentBag<string>();
        await StoreFixture.LinePipeline().RunAsync(files, dir.File("s.db"), new Importing.ImportOptions { Jobs = 2, Reading = read.Add });
        Assert.Equal(files.Order(), read.Order());
    }
}
