using System.CommandLine;
using System.Security.Cryptography;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
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

    private static int Run(FileInfo[] files, DirectoryInfo? output, IDocumentWork work)
    {
        if (output is null && files.Length > 1)
        {
            Console.Error.WriteLine("error: several inputs need --out DIR (one JSON file per input).");
            return 2;
        }
        output?.Create();
        var failures = 0;
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                failures++;
                Console.Error.WriteLine($"error: {file.FullName}: no such file.");
                continue;
            }
            var (entry, json) = Extract(work, file);
            if (entry.Failed || json is null)
            {
                failures++;
                Console.Error.WriteLine(InertText.ForTerminal($"error: {entry.Error}"));
                continue;
            }
            if (output is null) Console.Out.WriteLine(json);
            else File.WriteAllText(Path.Combine(output.FullName, file.Name + ".json"), json + "\n");
        }
        return failures == 0 ? 0 : 1;
    }

    // A worker writes the record's text itself: the record and its page texts need not cross the pipe only to be
    // decoded here and written out again (the parent's share of a PDF batch, tools/bench-pdf.sh).
    private static (DocumentEntry Entry, string? Json) Extract(IDocumentWork work, FileInfo file)
    {
        var (path, sha256) = (file.FullName, Sha256(file.FullName));
        if (work is IsolatedWork isolated) return isolated.ReadRecordText(path, sha256, file.Length, CancellationToken.None);
        var entry = work.Read(path, sha256, file.Length, CancellationToken.None);
        return (entry, entry.Record is null ? null : RecordJson.Serialize(entry.Record));
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
