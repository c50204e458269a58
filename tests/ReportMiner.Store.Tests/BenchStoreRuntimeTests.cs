using System.Xml.Linq;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// tools/bench-store times the store's code as ./reportminer runs it: without tiered PGO (both projects) and precompiled
/// (tools/precompile.sh publishes the CLI ReadyToRun; the store benches publish bench-store the same way). With tiered PGO
/// and plain JIT the bench timed the runtime instrumenting and recompiling Npgsql's and the store's read path (session 45).
/// </summary>
public sealed class BenchStoreRuntimeTests
{
    private static string? TieredPgo(string project) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, project)).Descendants("TieredPGO").SingleOrDefault()?.Value;

    [Fact]
    public void The_store_bench_runs_without_tiered_PGO_as_the_program_does()
    {
        Assert.Equal("false", TieredPgo("src/ReportMiner.Cli/ReportMiner.Cli.csproj"));
        Assert.Equal("false", TieredPgo("tools/bench-store/ReportMiner.Bench.Store.csproj"));
    }

    [Fact]
    public void The_store_benches_run_bench_store_precompiled_as_the_program_runs()
    {
        Assert.Contains("-p:PublishReadyToRun=true", File.ReadAllText(Path.Combine(RepoPaths.Root, "tools/precompile.sh")), StringComparison.Ordinal);
        Assert.Contains("-p:PublishReadyToRun=true", File.ReadAllText(Path.Combine(RepoPaths.Root, "tools/bench-store/publish.sh")), StringComparison.Ordinal);
        foreach (var script in new[] { "bench-search.sh", "bench-compare.sh" })
            Assert.Contains("bench=$(tools/bench-store/publish.sh)", File.ReadAllText(Path.Combine(RepoPaths.Root, "tools/bench-store", script)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_PostgreSQL_import_bench_runs_the_program_as_reportminer_runs_it()
    {
        // Both importers and the SQLite run it compares them with: the ReadyToRun copy ./reportminer picks, not the plain build.
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "tools/bench-store/bench-import-postgres.sh"));
        Assert.Contains("bash tools/precompile.sh", script, StringComparison.Ordinal);
        Assert.Contains("cli=\"$PWD/reportminer\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("net10.0/reportminer.dll", script, StringComparison.Ordinal);
    }
}
