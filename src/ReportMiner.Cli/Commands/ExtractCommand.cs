using System.CommandLine;
using System.Security.Cryptography;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Parsing.Sniffing;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Isolation;
using ReportMiner.Store.Writing;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer extract FILE... [--out DIR]</c>: one extraction record (JSON) per input.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Reports to extract.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write DIR/<input file name>.json for each input." };
        var (deadline, memory, inProcess) = (WorkerCommand.Deadline(), WorkerCommand.Memory(), WorkerCommand.InProcess());
        var command = new Command("extract", "Extract projects, money and indicators from reports as JSON records.")
        {
            files, output, deadline, memory, inProcess,
        };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var work = WorkerCommand.Work(result, deadline, memory, inProcess);
            try { return Run(result.GetValue(files)!, result.GetValue(output), work); }
            finally { (work as IDisposable)?.Dispose(); }
        }));
        return command;
    }

    // Files in flight at most: a worker takes four at once (WorkerOptions.FilesPerWorker), so one worker reads them all.
    private const int ReadAhead = 4;

    private static int Run(FileInfo[] files, DirectoryInfo? output, IDocumentWork work) => Run(files, output, work, Console.Error);

    /// <summary>Extracts <paramref name="files"/> with <paramref name="work"/>, saying errors and losses on <paramref name="errors"/>.</summary>
    internal static int Run(FileInfo[] files, DirectoryInfo? output, IDocumentWork work, TextWriter errors)
    {
        if (output is null && files.Length > 1)
        {
            errors.WriteLine("error: several inputs need --out DIR (one JSON file per input).");
            return 2;
        }
        output?.Create();
        var failures = 0;
        // Workers read a few files at once, each on a thread of its own: the next files are sent while one is read, and
        // every result is taken, written or reported in the order of the inputs. In process, files are read one by one.
        var ahead = work is IsolatedWork ? Math.Clamp(Environment.ProcessorCount, 1, ReadAhead) : 1;
        var reads = new Queue<(string? Refusal, Task<(DocumentEntry Entry, string? Json, IReadOnlyList<string> Losses)>? Read)>();
        var sent = 0;
        foreach (var file in files)
        {
            for (; sent < files.Length && reads.Count < ahead; sent++)
            {
                var next = files[sent];
                var refusal = Refusal(next);
                // In process a file is read on this thread, as before: a parser's recursion gets this thread's stack.
                reads.Enqueue((refusal, refusal is not null ? null
                    : ahead == 1 ? Now(() => Extract(work, next))
                    : Task.Factory.StartNew(() => Extract(work, next), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
            }
            var (why, read) = reads.Dequeue();
            if (why is not null || read is null)
            {
                failures++;
                errors.WriteLine(InertText.ForTerminal($"error: {file.FullName}: {why}."));
                continue;
            }
            DocumentEntry entry;
            string? json;
            IReadOnlyList<string> losses;
            try { (entry, json, losses) = read.GetAwaiter().GetResult(); }
            // Gone or unreadable between the check and the hash: this file fails, the others go on.
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures++;
                errors.WriteLine(InertText.ForTerminal($"error: {file.FullName}: it could not be read: {ex.Message}"));
                continue;
            }
            if (entry.Failed || json is null)
            {
                failures++;
                errors.WriteLine(InertText.ForTerminal($"error: {entry.Error}"));
                continue;
            }
            foreach (var loss in entry.Record?.Warnings.Where(ReadingLosses.Describes) ?? losses)
                errors.WriteLine(InertText.ForTerminal($"warning: {file.FullName}: {loss}"));
            try
            {
                if (output is null) Console.Out.WriteLine(json);
                else File.WriteAllText(Path.Combine(output.FullName, file.Name + ".json"), json + "\n");
            }
            // A full disk or a read-only folder fails this file's record, not the files still in flight.
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures++;
                errors.WriteLine(InertText.ForTerminal($"error: {file.FullName}: the record could not be written: {ex.Message}"));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    // In process the read happens here; a file gone or unreadable since its check fails like a worker's read would.
    private static Task<T> Now<T>(Func<T> read)
    {
        try { return Task.FromResult(read()); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return Task.FromException<T>(ex); }
    }

    // Why a file is not read at all: hashing a FIFO would wait for a writer for ever.
    private static string? Refusal(FileInfo file) =>
        !file.Exists && !Directory.Exists(file.FullName) ? "no such file"
        : FileKind.Special(file.FullName) is { } kind ? $"it is {kind}, not a document"
        : null;

    // A worker writes the record's text itself: the record and its page texts need not cross the pipe only to be
    // decoded here and written out again (the parent's share of a PDF batch, tools/bench-pdf.sh); its warnings about
    // lost content come beside the text, so the text is not parsed here at all.
    private static (DocumentEntry Entry, string? Json, IReadOnlyList<string> Losses) Extract(IDocumentWork work, FileInfo file)
    {
        var (path, sha256) = (file.FullName, Sha256(file.FullName));
        if (work is IsolatedWork isolated) return isolated.ReadRecordText(path, sha256, file.Length, CancellationToken.None);
        var entry = work.Read(path, sha256, file.Length, CancellationToken.None);
        return (entry, entry.Record is null ? null : RecordJson.Serialize(entry.Record), []);
    }

    public static DocumentRecord ExtractFile(DocumentReader reader, string path)
    {
        var document = reader.Read(path);
        return RuleBasedExtractor.Default.Extract(document, Sha256(path));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
