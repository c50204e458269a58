using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.ML;

namespace ReportMiner.Extraction.Classification;

/// <summary>Reads and writes a model as models/KIND.zip (the ML.NET transformer) and models/KIND.json (its
/// card). The committed models are embedded in this assembly, so they travel with it.</summary>
public static class ModelStore
{
    public const string IndicatorCategory = "indicator-category";
    public const string AmountRole = "amount-role";
    public const string ColumnRole = "column-role";
    public const string RowRole = "row-role";

    // A fixed entry time keeps the zip byte-identical across trainings of the same data.
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The model built into the assembly.</summary>
    public static TextClassifier LoadEmbedded(string name)
    {
        var assembly = typeof(ModelStore).Assembly;
        using var zip = assembly.GetManifestResourceStream($"ReportMiner.Extraction.Models.{name}.zip");
        using var card = assembly.GetManifestResourceStream($"ReportMiner.Extraction.Models.{name}.json");
        if (zip is null || card is null)
            throw new FileNotFoundException($"Model '{name}' is not built in: run 'reportminer train' and rebuild.");
        return Load(name, zip, card);
    }

    /// <summary>A model from DIRECTORY/NAME.zip and DIRECTORY/NAME.json.</summary>
    public static TextClassifier Load(string name, string directory)
    {
        var zipPath = Path.Combine(directory, name + ".zip");
        var cardPath = Path.Combine(directory, name + ".json");
        if (!File.Exists(zipPath) || !File.Exists(cardPath))
            throw new FileNotFoundException($"Model '{zipPath}' or its card is missing: run 'reportminer train --out {directory}'.", zipPath);
        using var zip = File.OpenRead(zipPath);
        using var card = File.OpenRead(cardPath);
        return Load(name, zip, card);
    }

    public static void Save(MLContext ml, ITransformer model, DataViewSchema inputSchema, ModelCard card, string directory)
    {
        ArgumentNullException.ThrowIfNull(ml);
        Directory.CreateDirectory(directory);
        using var raw = new MemoryStream();
        ml.Model.Save(model, inputSchema, raw);
        File.WriteAllBytes(Path.Combine(directory, card.Kind.Replace('_', '-') + ".zip"), WithFixedTimes(raw.ToArray()));
        File.WriteAllText(Path.Combine(directory, card.Kind.Replace('_', '-') + ".json"),
            JsonSerializer.Serialize(card, Options) + "\n", new UTF8Encoding(false));
    }

    private static TextClassifier Load(string name, Stream zip, Stream cardStream)
    {
        var card = JsonSerializer.Deserialize<ModelCard>(cardStream, Options)
            ?? throw new InvalidDataException($"Model card '{name}.json' is empty.");
        var ml = new MLContext(seed: 1);
        using var buffered = new MemoryStream();
        zip.CopyTo(buffered);
        buffered.Position = 0;
        var model = ml.Model.Load(buffered, out _);
        return new TextClassifier(ml, model, card);
    }

    private static byte[] WithFixedTimes(byte[] zipBytes)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
