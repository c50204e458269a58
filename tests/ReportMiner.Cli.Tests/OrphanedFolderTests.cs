using System.Diagnostics;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class OrphanedFolderTests
{
    [Fact]
    public void Temporary_folders_of_a_worker_killed_mid_conversion_are_swept_when_the_next_import_starts()
    {
        using var dir = new TempDirectory();
        var tmp = Directory.CreateDirectory(dir.File("tmp")).FullName;
        var doc = dir.File("report.doc");
        File.Copy(RepoPaths.Fixture("001", ".doc"), doc);
        var start = CliRunner.StartInfo("worker");
        start.RedirectStandardInput = true;
        start.Environment["TMPDIR"] = tmp;
        string[] left = [];
        using (var worker = Process.Start(start)!)
        {
            try
            {
                worker.StandardInput.WriteLine($$"""{"id":1,"path":"{{doc}}","sha256":"x","size":1}""");
                worker.StandardInput.Flush();
                var clock = Stopwatch.StartNew();
                while (left.Length == 0 && clock.Elapsed < TimeSpan.FromSeconds(90))
                {
                    Thread.Sleep(50);
                    left = Directory.GetDirectories(tmp, "reportminer-soffice-*");
                }
            }
            finally
            {
                // SIGKILL to the worker and its LibreOffice, as the pool stops a worker past its deadline.
                worker.Kill(entireProcessTree: true);
                worker.WaitForExit();
            }
        }
        Assert.NotEmpty(left);
        Assert.Contains(left, Directory.Exists);

        var (exit, _, error) = CliRunner.RunWith(new Dictionary<string, string> { ["TMPDIR"] = tmp },
            "import", Corpus.Records(dir, 1), "--db", dir.File("s.db"), "--in-process");

        Assert.Equal(0, exit);
        Assert.Empty(Directory.GetDirectories(tmp, "reportminer-*"));
        Assert.DoesNotContain("   at ", error);
    }
}
