using System.CommandLine;
using ReportMiner.Cli.Rendering;
using ReportMiner.Documents.Model;
using ReportMiner.Documents.Serialization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Store.Exporting;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer parse FILE [--format json|markdown]</c>: prints the document model. The file is parsed in a worker
/// process with the same deadline and memory ceiling as extract and import (<c>--in-process</c> to parse here).
/// </summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The document to parse." };
        var format = new Option<string>("--format") { Description = "json or markdown.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown");
        var (deadline, memory, inProcess) = (WorkerCommand.Deadline(), WorkerCommand.Memory(), WorkerCommand.InProcess());
        var command = new Command("parse", "Parse a document and print its model (pages, paragraphs, tables).")
        {
            file, format, deadline, memory, inProcess,
        };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var path = result.GetValue(file)!.FullName;
            var rendering = result.GetValue(format)!;
            if (result.GetValue(inProcess)) return InProcess(path, rendering);
            using var pool = WorkerCommand.Pool(result, deadline, memory);
            var (output, _, error) = pool.Render(path, rendering, CancellationToken.None);
            if (output is null)
            {
                Console.Error.WriteLine(InertText.ForTerminal($"error: {error}"));
                return 1;
            }
            Console.Out.WriteLine(output);
            return 0;
        }));
        return command;
    }

    public static string Render(Document document, string format) => DocumentRendering.Render(document, format);

    private static int InProcess(string path, string format)
    {
        try
        {
            Console.Out.WriteLine(Render(DefaultDocumentReader.Create().Read(path), format));
            return 0;
        }
        catch (DocumentParseException ex)
        {
            Console.Error.WriteLine(InertText.ForTerminal($"error: {ex.Message}"));
            return 1;
        }
    }
}
