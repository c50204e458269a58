using System.Diagnostics;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>kill -9 at twenty random moments of an import: the store stays intact and a rerun reaches a clean import's counts.</summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public void Twenty_kills_at_random_points_leave_an_intact_store_that_a_rerun_completes()
    {
        using var dir = new TempDirectory();
        const int files = 400;
        var input = Corpus.Records(dir, files);
        var db = dir.File("killed.db");
        var random = new Random(20261130);
        var kills = 0;
        for (var attempt = 0; attempt < 80 && kills < 20; attempt++)
        {
            using var process = Process.Start(CliRunner.StartInfo("import", input, "--db", db, "--jobs", "2", "--batch-size", "3"))!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            Thread.Sleep(random.Next(150, 2500));
            if (process.HasExited)
            {
                // This run finished everything, so later runs would have nothing left to be killed in: start over.
                foreach (var leftover in Directory.GetFileSystemEntries(dir.Path, "killed.db*"))
                    if (Directory.Exists(leftover)) Directory.Delete(leftover, true); else File.Delete(leftover);
                continue;
            }
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            kills++;
            Assert.Equal("ok", Sql.Scalar(db, "PRAGMA integrity_check"));
        }
        Assert.True(kills >= 20, $"only {kills} imports were still running when killed");

        // A kill can land before a run has written its row; the runs that did are left "running" until the next start.
        // Killed early enough, the last run had not even created the store's tables.
        var runsTable = Sql.Count(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'import_runs'") == 1;
        var runningBefore = runsTable ? Sql.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'running'") : 0;
        var interruptedBefore = runsTable ? Sql.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'interrupted'") : 0;
        var rerun = CliRunner.Run("import", input, "--db", db, "--jobs", "2");
        Assert.Equal(0, rerun.Exit);
        var clean = dir.File("clean.db");
        Assert.Equal(0, CliRunner.Run("import", input, "--db", clean, "--jobs", "2").Exit);
        foreach (var sql in new[]
        {
            "SELECT COUNT(*) FROM documents", "SELECT COUNT(DISTINCT sha256) FROM documents", "SELECT COUNT(*) FROM projects",
            "SELECT COUNT(*) FROM indicators", "SELECT COUNT(*) FROM compare_rows", "SELECT COUNT(*) FROM budget_compare_rows",
        })
            Assert.Equal(Sql.Count(clean, sql), Sql.Count(db, sql));
        // The rerun marked the runs killed before it as interrupted: none is left "running" forever.
        Assert.Equal(0L, Sql.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'running'"));
        Assert.Equal(interruptedBefore + runningBefore, Sql.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'interrupted'"));
    }
}
