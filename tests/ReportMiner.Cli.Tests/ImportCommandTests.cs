using System.Diagnostics;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class ImportCommandTests
{
    [Fact]
    public void An_import_killed_mid_run_completes_on_rerun_with_an_intact_store_and_no_duplicates()
    {
        using var dir = new TempDirectory();
        const int files = 1200;
        var input = Corpus.Records(dir, files);
        var db = dir.File("s.db");

        using (var process = Process.Start(CliRunner.StartInfo("import", input, "--db", db, "--jobs", "2", "--batch-size", "4"))!)
        {
            _ = process.StandardError.ReadToEndAsync();
            // Plain progress lines ("N/1200 done ...") come after committed batches; kill once some have landed.
            for (var line = process.StandardOutput.ReadLine(); line is not null; line = process.StandardOutput.ReadLine())
                if (int.TryParse(line.Split('/')[0], out var done) && done > 0) break;
            Assert.False(process.HasExited, "the import finished before it could be killed; use more files");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var afterKill = Sql.Count(db, "SELECT COUNT(*) FROM documents");
        Assert.InRange(afterKill, 1, files - 1);

        var rerun = CliRunner.Run("import", input, "--db", db, "--jobs", "2");

        Assert.Equal(0, rerun.Exit);
        Assert.Contains($"{files - afterKill} imported, {afterKill} unchanged, 0 failed", rerun.Out);
        Assert.Equal("ok", Sql.Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(files, Sql.Count(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(files, Sql.Count(db, "SELECT COUNT(DISTINCT sha256) FROM documents"));
        // The killed run (it had committed batches, so its row was written) is marked interrupted by the rerun.
        Assert.Equal(1L, Sql.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'interrupted'"));
        // Every document is whole: its indicator count matches its source record (gold files cycle, 52 indicators per 5 files).
        Assert.Equal(files / 5 * Corpus.IndicatorsPerCycle(), Sql.Count(db, "SELECT COUNT(*) FROM indicators"));
        // The search index holds exactly the stored indicators of one copy of each report (the gold records cycle, so
        // files repeat reports; their copies are identical): none missing, none left behind by the killed run.
        using var connection = ReportMiner.Store.Schema.StoreDatabase.OpenExisting(db);
        var indexed = new ReportMiner.Store.Searching.SearchService(connection).Search(new("率") { Limit = 1 }).TotalIndicators;
        // A 1-character query matches indicator names (an indicator's context is matched from two characters up).
        Assert.Equal(Sql.Count(db, "SELECT COUNT(*) FROM indicators i JOIN projects p ON p.id = i.project_id WHERE i.name LIKE '%率%' " +
                                   "AND p.id = (SELECT MIN(q.id) FROM projects q WHERE q.city_key IS p.city_key AND q.year IS p.year AND q.name_key = p.name_key)"),
            indexed);
        Assert.True(indexed > 0);
    }

    [Fact]
    public void An_import_with_no_index_writes_no_search_index_and_the_next_search_builds_it()
    {
        using var dir = new TempDirectory();
        var input = Corpus.Records(dir, 5);
        var db = dir.File("s.db");
        var indexDirectory = ReportMiner.Store.Data.StoreLocation.Parse(db).IndexDirectory;

        var import = CliRunner.Run("import", input, "--db", db, "--no-index");

        Assert.Equal(0, import.Exit);
        Assert.DoesNotContain("search index", import.Out);
        Assert.False(Directory.Exists(indexDirectory));
        using var connection = ReportMiner.Store.Schema.StoreDatabase.OpenExisting(db);
        var found = new ReportMiner.Store.Searching.SearchService(connection).Search(new("率") { Limit = 1 }).TotalIndicators;
        Assert.True(found > 0);
        Assert.True(Directory.Exists(indexDirectory));
    }

    [Fact]
    public void An_index_step_below_one_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        var input = Corpus.Records(dir, 1);

        var import = CliRunner.Run("import", input, "--db", dir.File("s.db"), "--index-every", "0");

        Assert.Equal(2, import.Exit);
        Assert.Contains("--index-every", import.Err);
    }

    [Fact]
    public void A_corrupt_file_among_good_ones_is_reported_and_the_exit_code_is_1()
    {
        using var dir = new TempDirectory();
        var input = Corpus.Records(dir, 5);
        File.WriteAllText(Path.Combine(input, "broken.json"), "{ \"projects\": [");
        var db = dir.File("s.db");

        var first = CliRunner.Run("import", input, "--db", db);
        var second = CliRunner.Run("import", input, "--db", db);

        Assert.Equal(1, first.Exit);
        Assert.Contains("5 imported, 0 unchanged, 1 failed", first.Out);
        Assert.Contains("broken.json [Corrupt]", first.Out);
        Assert.Equal(1, second.Exit);
        Assert.Contains("0 imported, 5 unchanged, 1 failed", second.Out);
        Assert.Equal(6, Sql.Count(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(52, Sql.Count(db, "SELECT COUNT(*) FROM indicators"));
    }

    [Fact]
    public void Importing_everything_successfully_exits_0_and_twice_gives_the_same_counts()
    {
        using var dir = new TempDirectory();
        var input = Corpus.Records(dir, 10);
        var db = dir.File("s.db");
        var first = CliRunner.Run("import", input, "--db", db);
        var counts = Sql.Count(db, "SELECT COUNT(*) FROM indicators");
        var second = CliRunner.Run("import", input, "--db", db);

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Equal(104, counts);
        Assert.Equal(counts, Sql.Count(db, "SELECT COUNT(*) FROM indicators"));
        Assert.Contains("0 imported, 10 unchanged", second.Out);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--jobs", "0", ".")]
    [InlineData("import", "/no/such/path")]
    [InlineData("import", ".", "--no-such-option")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        using var dir = new TempDirectory();
        var (exit, _, err) = CliRunner.Run([.. args, "--db", dir.File("s.db")]);
        Assert.Equal(2, exit);
        Assert.StartsWith("error:", err.TrimStart());
    }
}
