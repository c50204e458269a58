using System.CommandLine;
using ReportMiner.Cli.Rendering;
using ReportMiner.Documents.Serialization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer parse FILE [--format json|markdown]</c>: prints the document model.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The document to parse." };
        var format = new Option<string>("--format") { Description = "json or markdown.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown");
        var command = new Command("parse", "Parse a document and print its model (pages, paragraphs, tables).") { file, format };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(FileInfo file, string format)
    {
        try
        {
            var document = DefaultDocumentReader.Create().Read(file.FullName);
            Console.Out.Write(format == "markdown" ? MarkdownRenderer.Render(document) : DocumentJson.Serialize(document));
            Console.Out.WriteLine();
            return 0;
        }
        catch (DocumentParseException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
