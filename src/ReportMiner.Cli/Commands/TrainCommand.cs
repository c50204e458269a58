using System.CommandLine;
using System.Globalization;
using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer train [--labels corpus/labels] [--out models]</c>: trains the indicator-category,
/// amount-role, column-role, row-role and indicator-row models (ML.NET) and prints their held-out accuracy;
/// <c>--score-rows FILE</c> scores the indicator-row model on other labelled rows instead.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var labels = new Option<DirectoryInfo>("--labels") { Description = "Folder with indicator-names.tsv, amount-contexts.tsv, column-roles.tsv, row-roles.tsv and indicator-rows.tsv.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("corpus", "labels")) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder the models (NAME.zip and its card NAME.json) are written to; rebuild to build them in.", DefaultValueFactory = _ => new DirectoryInfo("models") };
        var score = new Option<FileInfo?>("--score-rows") { Description = "Instead of training, score the indicator-row model in --out on labelled rows (generate_indicator_rows.py output); prints aggregates only." };
        var command = new Command("train", "Train the indicator-category, amount-role, column-role, row-role and indicator-row models from labelled data.") { labels, output, score };
        command.SetAction(result => result.GetValue(score) is { } rows ? Score(rows, result.GetValue(output)!) : Run(result.GetValue(labels)!, result.GetValue(output)!));
        return command;
    }

    private static int Score(FileInfo rows, DirectoryInfo models)
    {
        try
        {
            var score = IndicatorRowScore.Of(ModelStore.Load(ModelStore.IndicatorRow, models.FullName), LabelledExample.ReadTsv(rows.FullName), IndicatorRowScore.DefaultThresholds);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Rows} rows, accuracy {score.Accuracy:F3}"));
            foreach (var t in score.Thresholds)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"indicator at p >= {t.Threshold:F2}: precision {t.Precision:F3} ({t.Correct}/{t.Predicted}), recall {t.Recall:F3} (of {t.Labelled})"));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private static int Run(DirectoryInfo labels, DirectoryInfo output)
    {
        if (!labels.Exists)
        {
            Console.Error.WriteLine($"error: labels folder '{labels.FullName}' does not exist; pass --labels corpus/labels.");
            return 1;
        }
        try
        {
            foreach (var model in ModelTraining.TrainAll(labels.FullName, output.FullName))
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{model.Kind}: {model.Classes.Count} classes, trained on {model.TrainExamples}, held-out accuracy {model.HeldOutAccuracy:F3} on {model.HeldOutExamples}"));
            }
            Console.Out.WriteLine($"models written to {output.FullName}");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
