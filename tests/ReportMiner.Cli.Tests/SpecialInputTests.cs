using System.Diagnostics;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>What an archive holds besides documents is skipped with a message, never opened (a FIFO would block).</summary>
public sealed class SpecialInputTests
{
    private static void Shell(string script)
    {
        using var process = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { "-c", script }, UseShellExecute = false })!;
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void A_fifo_named_like_a_pdf_is_skipped_and_the_documents_beside_it_are_imported()
    {
        using var dir = new TempDirectory();
        var input = Corpus.Records(dir, 2);
        Shell($"mkfifo '{Path.Combine(input, "pipe.pdf")}'");
        var watch = Stopwatch.StartNew();
        var (exit, output, error) = CliRunner.Run("import", input, "--db", dir.File("s.db"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60));
        Assert.Equal(1, exit);
        Assert.Contains("pipe.pdf: it is a FIFO (named pipe), not a document", error);
        Assert.Contains("2 imported", output);
    }

    [Theory]
    [InlineData("--in-process")]
    [InlineData("--deadline")]
    public void A_fifo_given_to_extract_fails_alone_and_the_report_after_it_is_extracted(string mode)
    {
        using var dir = new TempDirectory();
        var report = RepoPaths.Fixture("000", ".docx");
        var pipe = dir.File("pipe.pdf");
        Shell($"mkfifo '{pipe}'");
        string[] modeArgs = mode == "--in-process" ? [mode] : [mode, "120"];
        var (exit, _, error) = CliRunner.Run(["extract", pipe, report, "--out", dir.File("out"), .. modeArgs]);
        Assert.Equal(1, exit);
        Assert.Contains("pipe.pdf: it is a FIFO (named pipe), not a document", error);
        Assert.True(File.Exists(dir.File($"out/{Path.GetFileName(report)}.json")));
    }

    [Theory]
    [InlineData("--in-process")]
    [InlineData("--deadline")]
    public void A_link_to_nothing_fails_alone_and_the_report_after_it_is_extracted(string mode)
    {
        using var dir = new TempDirectory();
        var report = RepoPaths.Fixture("000", ".docx");
        var link = dir.File("gone.pdf");
        File.CreateSymbolicLink(link, dir.File("no-such-target.pdf"));
        string[] modeArgs = mode == "--in-process" ? [mode] : [mode, "120"];
        var (exit, _, error) = CliRunner.Run(["extract", link, report, "--out", dir.File("out"), .. modeArgs]);
        Assert.Equal(1, exit);
        Assert.Contains("gone.pdf", error);
        Assert.True(File.Exists(dir.File($"out/{Path.GetFileName(report)}.json")));
    }

    [Fact]
    public void A_fifo_given_to_parse_is_refused_without_waiting_for_a_writer()
    {
        using var dir = new TempDirectory();
        var pipe = dir.File("pipe.docx");
        Shell($"mkfifo '{pipe}'");
        var (exit, _, error) = CliRunner.Run("parse", pipe, "--in-process");
        Assert.NotEqual(0, exit);
        Assert.Contains("not a document", error);
    }

    [Fact]
    public void A_record_that_cannot_be_written_fails_its_file_and_the_next_record_is_still_written()
    {
        using var dir = new TempDirectory();
        string[] reports = [RepoPaths.Fixture("000", ".docx"), RepoPaths.Fixture("001", ".docx")];
        // A folder where the first record's file would go: writing it fails whoever runs the test.
        Directory.CreateDirectory(dir.File($"out/{Path.GetFileName(reports[0])}.json"));
        var (exit, _, error) = CliRunner.Run(["extract", .. reports, "--out", dir.File("out"), "--in-process"]);
        Assert.Equal(1, exit);
        Assert.Contains("the record could not be written", error);
        Assert.True(File.Exists(dir.File($"out/{Path.GetFileName(reports[1])}.json")));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_reported_as_such_not_as_missing()
    {
        using var dir = new TempDirectory();
        Shell($"cd '{dir.Path}' && printf x > $'bad\\xff.txt' && dotnet '{CliRunner.Dll}' import $'bad\\xff.txt' . --db s.db > out.txt 2> err.txt; test $? -eq 1");
        var error = File.ReadAllText(dir.File("err.txt"));
        Assert.Contains("not valid UTF-8", error);
        Assert.DoesNotContain("No such file", error);
    }

    [Fact]
    public void Images_in_a_folder_are_imported_like_other_documents()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("in"));
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "ReportMiner.Cli.Tests", "ReportMiner.Cli.Tests.csproj"), dir.File("in/not-an-image.png"));
        var (_, output, _) = CliRunner.Run("import", dir.File("in"), "--db", dir.File("s.db"));
        Assert.Contains("1 files", output);
    }
}
