using System.Diagnostics;
using ReportMiner.TestSupport;
using ReportMiner.TestSupport.Hostile;

namespace ReportMiner.Cli.Tests;

/// <summary>The hostile corpus beside good reports: every hostile file fails cleanly or imports, the good ones import, nothing hangs.</summary>
public sealed class HostileCorpusTests
{
    [Fact]
    public void Every_hostile_file_gets_a_typed_failure_or_imports_and_the_run_goes_on()
    {
        using var dir = new TempDirectory();
        var hostile = HostileCorpus.Write(dir.File("in/hostile"));
        Assert.True(hostile.Count >= 70, $"only {hostile.Count} hostile files");
        Corpus.Records(dir, 3, "in/good");
        var db = dir.File("s.db");
        var watch = Stopwatch.StartNew();
        var (exit, output, error) = CliRunner.RunLong(TimeSpan.FromMinutes(15), "import", "--db", db, "--jobs", "2", "--deadline", "60", "--", dir.File("in"));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(10), $"the import took {watch.Elapsed}");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("Unhandled", output + error);
        Assert.Equal(3L, Sql.Count(db, "SELECT COUNT(*) FROM documents WHERE path LIKE '%/good/%' AND status = 'imported'"));
        // Every hostile file that is a regular file was read and recorded: imported, or failed with a kind.
        var recorded = Sql.Count(db, "SELECT COUNT(*) FROM documents WHERE path LIKE '%/hostile/%' AND (status = 'imported' OR error_kind IS NOT NULL)");
        var unchangedDuplicates = Sql.Count(db, "SELECT COUNT(*) FROM documents WHERE path LIKE '%/hostile/%'");
        Assert.Equal(unchangedDuplicates, recorded);
        Assert.True(recorded >= hostile.Count - 3, $"{recorded} of {hostile.Count} hostile files recorded");
        Assert.Contains("last-cell.xlsx [TooLarge]", output);
        Assert.Contains("huge.png [TooLarge]", output);
    }
}
