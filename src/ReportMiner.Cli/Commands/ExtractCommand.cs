using System.CommandLine;
using System.Security.Cryptography;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer extract FILE... [--out DIR]</c>: one extraction record (JSON) per input.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Reports to extract.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write DIR/<input file name>.json for each input." };
        var command = new Command("extract", "Extract projects, money and indicators from reports as JSON records.") { files, output };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo[] files, DirectoryInfo? output)
    {
        if (output is null && files.Length > 1)
        {
            Console.Error.WriteLine("error: several inputs need --out DIR (one JSON file per input).");
            return 2;
        }
        output?.Create();
        var reader = DefaultDocumentReader.Create();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                var json = RecordJson.Serialize(ExtractFile(reader, file.FullName));
                if (output is null) Console.Out.WriteLine(json);
                else File.WriteAllText(Path.Combine(output.FullName, file.Name + ".json"), json + "\n");
            }
            catch (DocumentParseException ex)
            {
                failures++;
                Console.Error.WriteLine($"error: {ex.Message}");
            }
        }
        return failures == 0 ? 0 : 1;
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
