using ReportMiner.TestSupport;
using ReportMiner.TestSupport.Hostile;

namespace ReportMiner.Cli.Tests;

/// <summary>Import reads files in worker processes: whatever one file does to its worker, the run goes on.</summary>
public sealed class IsolationTests
{
    [Fact]
    public void A_pdf_with_a_deeply_nested_page_tree_is_read_alone_and_the_good_files_are_imported()
    {
        using var dir = new TempDirectory();
        var input = Corpus.Records(dir, 3);
        HostileCorpus.DeepPageTree(Path.Combine(input, "deep.pdf"), 200_000);
        var (exit, output, error) = CliRunner.Run("import", input, "--db", dir.File("s.db"), "--jobs", "2", "--deadline", "20");
        // Whether the deep tree parses within the deadline depends on the machine; either way it is recorded
        // alone (imported, or a typed failure) and the run goes on. IsolatedWorkTests produce each failure on purpose.
        Assert.True(exit is 0 or 1, error);
        Assert.Equal(3L, Sql.Count(dir.File("s.db"), "SELECT COUNT(*) FROM documents WHERE path LIKE '%.json' AND status = 'imported'"));
        Assert.Equal(1L, Sql.Count(dir.File("s.db"), "SELECT COUNT(*) FROM documents WHERE path LIKE '%deep.pdf' AND (status = 'imported' OR error_kind IS NOT NULL)"));
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void Import_in_process_and_in_workers_store_the_same_records()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("in"));
        foreach (var docx in Directory.GetFiles(RepoPaths.Fixtures, "*.docx").Take(2))
            File.Copy(docx, Path.Combine(dir.File("in"), Path.GetFileName(docx)));
        Assert.Equal(0, CliRunner.Run("import", dir.File("in"), "--db", dir.File("w.db")).Exit);
        Assert.Equal(0, CliRunner.Run("import", dir.File("in"), "--db", dir.File("p.db"), "--in-process").Exit);
        const string Projection = "SELECT group_concat(name || '|' || ifnull(budget_wan, '') || '|' || ifnull(city, ''), ';') FROM (SELECT * FROM projects ORDER BY name)";
        Assert.Equal(Sql.Scalar(dir.File("p.db"), Projection), Sql.Scalar(dir.File("w.db"), Projection));
        Assert.Equal(Sql.Count(dir.File("p.db"), "SELECT COUNT(*) FROM indicators"), Sql.Count(dir.File("w.db"), "SELECT COUNT(*) FROM indicators"));
    }
}

public sealed class ExtractIsolationTests
{
    [Fact]
    public void Extract_in_workers_writes_the_same_bytes_as_extract_in_process()
    {
        using var dir = new TempDirectory();
        string[] files = [.. Directory.GetFiles(RepoPaths.Fixtures, "*.pdf").Where(f => !f.EndsWith(".scanned.pdf", StringComparison.Ordinal)).Order().Take(2),
            Directory.GetFiles(RepoPaths.Fixtures, "*.docx").Order().First()];

        Assert.Equal(0, CliRunner.Run(["extract", "--out", dir.File("workers"), "--", .. files]).Exit);
        Assert.Equal(0, CliRunner.Run(["extract", "--in-process", "--out", dir.File("in-process"), "--", .. files]).Exit);

        foreach (var file in files)
        {
            var name = Path.GetFileName(file) + ".json";
            Assert.Equal(File.ReadAllBytes(dir.File(Path.Combine("in-process", name))), File.ReadAllBytes(dir.File(Path.Combine("workers", name))));
        }
    }

    [Fact]
    public void Extract_of_a_damaged_file_is_one_error_line_and_exit_1()
    {
        using var dir = new TempDirectory();
        var bad = dir.File("bad.docx");
        File.WriteAllBytes(bad, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var (exit, output, error) = CliRunner.Run("extract", bad);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Extract_past_its_deadline_is_stopped_with_a_timeout_error()
    {
        using var dir = new TempDirectory();
        HostileCorpus.DeepPageTree(dir.File("deep.pdf"), 200_000);
        var (exit, _, error) = CliRunner.Run("extract", dir.File("deep.pdf"), "--deadline", "1");
        Assert.Equal(1, exit);
        Assert.Contains("deep.pdf", error);
    }
}

public sealed class ParseIsolationTests
{
    [Fact]
    public void Parse_reads_in_a_worker_and_prints_the_same_model_as_in_process()
    {
        var pdf = Path.Combine(RepoPaths.Fixtures, "002_c92512870de621d4.pdf");
        var worker = CliRunner.Run("parse", pdf, "--format", "markdown");
        var inProcess = CliRunner.Run("parse", pdf, "--format", "markdown", "--in-process");
        Assert.Equal(0, worker.Exit);
        Assert.Contains("12345", worker.Out);
        Assert.Equal(inProcess.Out, worker.Out);
    }

    [Fact]
    public void Parse_past_its_deadline_is_stopped_with_a_timeout_error_naming_the_file()
    {
        using var dir = new TempDirectory();
        HostileCorpus.DeepPageTree(dir.File("deep.pdf"), 200_000);
        var (exit, output, error) = CliRunner.Run("parse", dir.File("deep.pdf"), "--deadline", "1");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error);
        Assert.Contains("deep.pdf", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_worker_runs_under_an_address_space_ceiling() => RunsUnderAnAddressSpaceCeiling(CliRunner.StartInfo("worker"));

    /// <summary>Starts a worker with a heap ceiling and waits for it to set its address-space ceiling.</summary>
    internal static void RunsUnderAnAddressSpaceCeiling(System.Diagnostics.ProcessStartInfo start)
    {
        start.RedirectStandardInput = true;
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x40000000";
        using var worker = System.Diagnostics.Process.Start(start)!;
        try
        {
            // The ceiling is set as the worker starts; wait for it rather than for a fixed time.
            string? line = null;
            for (var i = 0; i < 300 && (line is null || line.Contains("unlimited")); i++)
            {
                Thread.Sleep(100);
                line = File.ReadLines($"/proc/{worker.Id}/limits").Single(l => l.StartsWith("Max address space", StringComparison.Ordinal));
            }
            Assert.DoesNotContain("unlimited", line);
        }
        finally
        {
            worker.StandardInput.Close();
            worker.WaitForExit(10_000);
        }
    }
}
