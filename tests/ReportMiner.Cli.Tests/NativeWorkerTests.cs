using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>
/// The natively compiled worker (tools/publish-worker.sh, which tools/test.sh runs before the tests) reads exactly as
/// the managed one: byte-identical records and document models, and the same ceilings. Without it beside the CLI (a
/// plain `dotnet test`) both sides are the managed worker; tools/test.sh sets REPORTMINER_NATIVE_WORKER_EXPECTED=1
/// once it has published it, and then its absence fails here.
/// </summary>
public sealed class NativeWorkerTests
{
    private static readonly string Native = Path.Combine(AppContext.BaseDirectory, "reportminer-worker");

    [Fact]
    public void The_native_worker_sits_beside_the_cli_when_the_test_script_published_it()
    {
        var expected = Environment.GetEnvironmentVariable("REPORTMINER_NATIVE_WORKER_EXPECTED") == "1";
        Assert.True(!expected || File.Exists(Native), "tools/publish-worker.sh ran, but reportminer-worker was not copied beside the CLI.");
    }

    private static readonly Dictionary<string, string> Managed = new() { ["REPORTMINER_WORKER"] = "managed" };

    [Fact]
    public void Extract_through_the_native_worker_writes_the_same_records_as_through_the_managed_worker()
    {
        using var dir = new TempDirectory();
        var files = new[] { "*.docx", "*.gb18030.txt", "*_????????????????.pdf" }
            .Select(pattern => Directory.GetFiles(RepoPaths.Fixtures, pattern).Order().First())
            .Append(Path.Combine(dir.Path, "damaged.pdf")).ToArray();
        File.WriteAllText(files[^1], "%PDF-1.7\nnot a PDF body");
        var native = CliRunner.Run(["extract", "--out", dir.File("native"), "--", .. files]);
        var managed = CliRunner.RunWith(Managed, ["extract", "--out", dir.File("managed"), "--", .. files]);
        Assert.Equal((1, managed.Err), (native.Exit, native.Err));
        Assert.Equal(3, Directory.GetFiles(dir.File("native")).Length);
        foreach (var record in Directory.GetFiles(dir.File("managed")))
            Assert.Equal(File.ReadAllText(record), File.ReadAllText(Path.Combine(dir.File("native"), Path.GetFileName(record))));
    }

    [Fact]
    public void Parse_through_the_native_worker_prints_the_same_model_as_through_the_managed_worker()
    {
        var docx = Directory.GetFiles(RepoPaths.Fixtures, "*.docx").Order().First();
        var native = CliRunner.Run("parse", "--format", "json", "--", docx);
        var managed = CliRunner.RunWith(Managed, "parse", "--format", "json", "--", docx);
        Assert.Equal(0, native.Exit);
        Assert.Equal(managed.Out, native.Out);
    }

    [Fact]
    public void The_worker_the_cli_starts_runs_under_an_address_space_ceiling() =>
        ParseIsolationTests.RunsUnderAnAddressSpaceCeiling(File.Exists(Native) ? new System.Diagnostics.ProcessStartInfo(Native) : CliRunner.StartInfo("worker"));
}
