using ReportMiner.Cli.Commands;
using ReportMiner.Store.Isolation;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>
/// The natively compiled worker (tools/publish-worker.sh, which tools/test.sh runs before the tests) reads exactly as
/// the managed one: byte-identical records and document models, and the same ceilings. Without it beside the CLI (a
/// plain `dotnet test`) both sides are the managed worker; tools/test.sh sets REPORTMINER_NATIVE_WORKER_EXPECTED=1
/// once it has published it, and then its absence, or a native worker compiled from other code than the CLI, fails here.
/// </summary>
public sealed class NativeWorkerTests
{
    private static readonly string Native = Path.Combine(AppContext.BaseDirectory, "reportminer-worker");

    private static bool Expected => Environment.GetEnvironmentVariable("REPORTMINER_NATIVE_WORKER_EXPECTED") == "1";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public void The_native_worker_sits_beside_the_cli_compiled_from_its_libraries_when_the_test_script_published_it()
    {
        if (!Expected) return;
        Assert.True(File.Exists(Native), "tools/publish-worker.sh ran, but reportminer-worker was not copied beside the CLI.");
        Assert.Equal((CodeIdentity.Value, null), WorkerHandshake.Ask(new System.Diagnostics.ProcessStartInfo(Native), Limit));
    }

    [Fact]
    public void The_cli_reads_through_the_native_worker_when_the_test_script_published_it_and_says_which_worker_once_when_verbose()
    {
        var docx = Directory.GetFiles(RepoPaths.Fixtures, "*.docx").Order().First();
        var run = CliRunner.Run("parse", "--verbose", "--format", "json", "--", docx);
        Assert.Equal(0, run.Exit);
        var said = Assert.Single(run.Err.Split('\n'), line => line.StartsWith("workers: ", StringComparison.Ordinal));
        if (Expected) Assert.StartsWith("workers: native", said);
    }

    [Fact]
    public void The_managed_worker_says_in_its_hello_that_it_was_compiled_from_the_clis_libraries()
    {
        Assert.Equal((CodeIdentity.Value, null), WorkerHandshake.Ask(CliRunner.StartInfo("worker"), Limit));
        Assert.Matches("^Documents=[0-9a-f]{16} Parsing=[0-9a-f]{16} Extraction=[0-9a-f]{16} Store=[0-9a-f]{16} build=[0-9a-f]{16}$", CodeIdentity.Value);
    }

    [Fact]
    public void A_worker_compiled_from_other_libraries_is_refused_and_the_reason_names_both_identities()
    {
        using var dir = new TempDirectory();
        var other = "Documents=0000000000000000 Parsing=0000000000000000 Extraction=0000000000000000 Store=0000000000000000";
        var choice = NativeWorker.Choose(FakeWorker(dir, other), CodeIdentity.Value, Limit);
        Assert.Null(choice.Native);
        Assert.StartsWith("workers: managed", choice.Reason);
        Assert.Contains(other, choice.Reason);
        Assert.Contains(CodeIdentity.Value, choice.Reason);
    }

    [Fact]
    public void A_worker_that_says_the_clis_identity_is_chosen_however_old_its_file_is()
    {
        using var dir = new TempDirectory();
        var worker = FakeWorker(dir, CodeIdentity.Value);
        File.SetLastWriteTimeUtc(worker, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(worker, NativeWorker.Choose(worker, CodeIdentity.Value, Limit).Native);
    }

    [Fact]
    public void A_worker_from_before_the_handshake_or_none_at_all_is_refused()
    {
        using var dir = new TempDirectory();
        var silent = Script(dir.File("reportminer-worker"), "cat > /dev/null");
        Assert.Null(NativeWorker.Choose(silent, CodeIdentity.Value, Limit).Native);
        Assert.Null(NativeWorker.Choose(dir.File("missing"), CodeIdentity.Value, Limit).Native);
    }

    private static string FakeWorker(TempDirectory dir, string identity)
    {
        var hello = $$$"""{"id":0,"hello":{"identity":"{{{identity}}}"}}""";
        return Script(dir.File("reportminer-worker"), $"echo '{hello}'; cat > /dev/null");
    }

    private static string Script(string path, string body)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The stand-in workers are shell scripts.");
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
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
        ParseIsolationTests.RunsUnderAnAddressSpaceCeiling(NativeWorker.Choose(Native, CodeIdentity.Value, Limit).Native is { } native
            ? new System.Diagnostics.ProcessStartInfo(native) : CliRunner.StartInfo("worker"));
}
