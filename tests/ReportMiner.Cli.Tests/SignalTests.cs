using System.Diagnostics;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class SignalTests
{
    [Fact]
    public async Task Sigterm_cancels_an_import_like_ctrl_c_and_marks_the_run_cancelled()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("in"));
        // Scanned PDFs keep the workers busy in OCR for seconds each, so the signal lands mid-run.
        foreach (var scan in Directory.GetFiles(RepoPaths.Fixtures, "*.scanned.pdf"))
            File.Copy(scan, Path.Combine(dir.File("in"), Path.GetFileName(scan)));
        var db = dir.File("s.db");
        using var process = Process.Start(CliRunner.StartInfo("import", dir.File("in"), "--db", db, "--jobs", "1"))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the import did not stop after SIGTERM");
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Import cancelled", await error);
        Assert.Equal("cancelled", Sql.Scalar(db, "SELECT status FROM import_runs ORDER BY id DESC LIMIT 1"));
        await output;
    }
}
