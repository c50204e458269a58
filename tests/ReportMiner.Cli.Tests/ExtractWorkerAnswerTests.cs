using System.Diagnostics;
using ReportMiner.Cli.Commands;
using ReportMiner.Store.Isolation;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>
/// extract with stand-in workers (a bash script speaking the line protocol): an answer that is no message fails its file
/// alone, and the record text a worker writes is written out as it is, its losses said from the answer beside it.
/// </summary>
public sealed class ExtractWorkerAnswerTests
{
    // The request's id, cut out of its JSON line by bash; then one answer per kind of file.
    private const string Worker = """
        while read -r line; do
          id=${line#*\"id\":}; id=${id%%,*}
          case "$line" in
            *garbled*) echo 'not json';;
            *lossy*) printf '{"id":%s,"answer":{"format":"txt","pages":[],"output":"{\\"file\\": \\"lossy\\"","losses":["Page 1: OCR incomplete: a pass did not finish"]}}\n' "$id";;
            *) printf '{"id":%s,"answer":{"format":"txt","pages":[],"output":"{}"}}\n' "$id";;
          esac
        done
        """;

    private static (int Exit, string Errors) Extract(TempDirectory dir, params string[] names)
    {
        var files = names.Select(n => { File.WriteAllText(dir.File(n), "x"); return new FileInfo(dir.File(n)); }).ToArray();
        using var work = new IsolatedWork(new WorkerOptions
        {
            StartInfo = () => new ProcessStartInfo("bash") { ArgumentList = { "-c", Worker.Replace("\r", "", StringComparison.Ordinal) } },
            Deadline = TimeSpan.FromSeconds(30),
        });
        var errors = new StringWriter();
        var exit = ExtractCommand.Run(files, new DirectoryInfo(dir.File("out")), work, errors);
        return (exit, errors.ToString());
    }

    [Fact]
    public void A_worker_answer_that_is_no_json_fails_its_file_alone_and_the_files_after_it_are_written()
    {
        using var dir = new TempDirectory();

        var (exit, errors) = Extract(dir, "a-good.txt", "b-garbled.txt", "c-good.txt");

        Assert.Equal(1, exit);
        var error = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("b-garbled.txt", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out/b-garbled.txt.json")));
        Assert.Equal("{}\n", File.ReadAllText(dir.File("out/a-good.txt.json")));
        Assert.Equal("{}\n", File.ReadAllText(dir.File("out/c-good.txt.json")));
    }

    [Fact]
    public void The_losses_a_worker_answers_with_are_said_without_parsing_its_record_text_and_the_run_goes_on()
    {
        using var dir = new TempDirectory();

        // The record text is cut short: the parent does not decode it, so it cannot stop the run.
        var (exit, errors) = Extract(dir, "a-lossy.txt", "b-good.txt");

        Assert.Equal(0, exit);
        Assert.Equal($"warning: {dir.File("a-lossy.txt")}: Page 1: OCR incomplete: a pass did not finish",
            Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("{\"file\": \"lossy\"\n", File.ReadAllText(dir.File("out/a-lossy.txt.json")));
        Assert.Equal("{}\n", File.ReadAllText(dir.File("out/b-good.txt.json")));
    }
}
