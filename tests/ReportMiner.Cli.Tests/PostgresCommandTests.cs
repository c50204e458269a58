using System.Diagnostics;
using Npgsql;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>The CLI against the test run's PostgreSQL server: several importer processes at once, and copies between engines.</summary>
public sealed class PostgresCommandTests
{
    [Fact]
    public async Task Two_import_processes_into_one_postgresql_store_store_every_document_once()
    {
        using var dir = new TempDirectory();
        const int files = 300;
        var input = Corpus.Records(dir, files);
        var db = TestPostgres.NewDatabase();

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => RunAsync(dir, "import", input, "--db", db, "--jobs", "1", "--batch-size", "8")));

        Assert.All(runs, run => Assert.Equal(0, run.Exit));
        Assert.Equal(files, Count(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(files, Count(db, "SELECT COUNT(DISTINCT sha256) FROM documents"));
        Assert.Equal(files / 5 * Corpus.IndicatorsPerCycle(), Count(db, "SELECT COUNT(*) FROM indicators"));
        Assert.Equal(2, Count(db, $"SELECT COUNT(*) FROM import_runs WHERE status = 'completed' AND host = '{Environment.MachineName}'"));
        Assert.Equal(files, Count(db, "SELECT SUM(imported) FROM import_runs"));
    }

    [Fact]
    public async Task An_archive_copied_sqlite_to_postgresql_and_back_compares_the_same_everywhere()
    {
        using var dir = new TempDirectory();
        var input = Corpus.Records(dir, 10);
        var sqlite = dir.File("a.db");
        var postgres = TestPostgres.NewDatabase();
        var back = dir.File("b.db");
        Assert.Equal(0, (await RunAsync(dir, "import", input, "--db", sqlite)).Exit);

        var there = await RunAsync(dir, "copy", "--from", sqlite, "--to", postgres);
        var again = await RunAsync(dir, "copy", "--from", sqlite, "--to", postgres);
        var home = await RunAsync(dir, "copy", "--from", postgres, "--to", back);

        Assert.Equal(0, there.Exit);
        Assert.Contains("copied 10 documents", there.Out);
        Assert.Contains("counts match the source", there.Out);
        Assert.Contains("copied 0 documents", again.Out);
        Assert.Contains("(10 already there)", again.Out);
        Assert.Equal(0, home.Exit);
        var expected = (await RunAsync(dir, "compare", "--category", "answer_rate", "--db", sqlite, "--format", "csv")).Out;
        Assert.Contains("月度话务接通率", expected);
        Assert.Equal(expected, (await RunAsync(dir, "compare", "--category", "answer_rate", "--db", postgres, "--format", "csv")).Out);
        Assert.Equal(expected, (await RunAsync(dir, "compare", "--category", "answer_rate", "--db", back, "--format", "csv")).Out);
        var search = (await RunAsync(dir, "search", "接通率", "--db", postgres, "--format", "csv")).Out;
        Assert.Equal((await RunAsync(dir, "search", "接通率", "--db", sqlite, "--format", "csv")).Out, search);
    }

    private static long Count(string db, string sql)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(TempDirectory dir, params string[] args)
    {
        var info = CliRunner.StartInfo(args);
        // A PostgreSQL store's search index goes where REPORTMINER_INDEX says; one per database here.
        var database = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault() ?? args.Last();
        info.Environment["REPORTMINER_INDEX"] = Path.Combine(dir.Path, "index-" + Math.Abs(StringComparer.Ordinal.GetHashCode(database)));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
