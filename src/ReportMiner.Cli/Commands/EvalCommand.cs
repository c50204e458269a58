using System.CommandLine;
using System.Text.Json;
using ReportMiner.Extraction.Evaluation;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer eval GOLD_DIR PRED_DIR</c> scores saved records; <c>reportminer eval GOLD_DIR --corpus DIR --suffix .docx</c>
/// extracts each annotated input first. Prints per-field precision/recall/F1 and the overall fact-level F1.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<DirectoryInfo>("gold") { Description = "Directory of gold annotations (*.json)." };
        var predictions = new Argument<DirectoryInfo?>("predictions") { Description = "Directory of extracted records.", Arity = ArgumentArity.ZeroOrOne };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Extract the inputs in this directory instead of reading predictions." };
        var suffix = new Option<string>("--suffix") { Description = "Input suffix after the seed name (.txt, .docx, .gb18030.txt …) or, with predictions, the record suffix.", DefaultValueFactory = _ => "" };
        var command = new Command("eval", "Score extraction against gold annotations.") { gold, predictions, corpus, suffix };
        command.SetAction(result => CommandErrors.Guard(() =>
            Run(result.GetValue(gold)!, result.GetValue(predictions), result.GetValue(corpus), result.GetValue(suffix)!)));
        return command;
    }

    private static int Run(DirectoryInfo gold, DirectoryInfo? predictions, DirectoryInfo? corpus, string suffix)
    {
        if ((predictions is null) == (corpus is null))
        {
            Console.Error.WriteLine("error: give either PRED_DIR or --corpus DIR.");
            return 2;
        }
        foreach (var folder in new[] { gold, predictions ?? corpus! }.Where(f => !f.Exists))
        {
            Console.Error.WriteLine($"error: the folder {folder.FullName} does not exist.");
            return 2;
        }
        var result = new EvaluationResult();
        var reader = DefaultDocumentReader.Create();
        foreach (var goldFile in GoldSet.GoldFiles(gold.FullName))
        {
            var stem = GoldSet.Stem(goldFile);
            using var goldJson = ParseGold(goldFile);
            if (goldJson is null) return 1;
            RecordEvaluator.Evaluate(goldJson.RootElement, Predict(reader, stem, predictions, corpus, suffix, result), result);
        }
        foreach (var note in result.Notes) Console.Error.WriteLine(note);
        if (result.Paths.Count > 0) Console.Out.WriteLine(result.ToPathTable());
        Console.Out.WriteLine(result.ToTable());
        return 0;
    }

    private static JsonDocument? ParseGold(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(file));
        }
        catch (JsonException ex)
        {
            Console.Error.WriteLine($"error: the gold file {file} is not valid JSON ({ex.Message}).");
            return null;
        }
    }

    private static DocumentRecord? Predict(DocumentReader reader, string stem, DirectoryInfo? predictions, DirectoryInfo? corpus,
        string suffix, EvaluationResult result)
    {
        if (predictions is not null)
        {
            var file = GoldSet.Find(predictions.FullName, stem, suffix.EndsWith(".json") ? suffix : suffix + ".json");
            if (file is null) { result.Notes.Add($"warning: no prediction for {stem}; counted as empty."); return null; }
            return RecordJson.Deserialize(File.ReadAllText(file));
        }
        var input = GoldSet.Find(corpus!.FullName, stem, suffix);
        if (input is null) { result.Notes.Add($"warning: no input {stem}*{suffix}; counted as empty."); return null; }
        try
        {
            return ExtractCommand.ExtractFile(reader, input);
        }
        catch (DocumentParseException ex)
        {
            result.Notes.Add($"warning: {ex.Message} (counted as empty)");
            return null;
        }
    }
}
