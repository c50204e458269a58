using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.ML;

namespace ReportMiner.Extraction.Classification;

/// <summary>Reads and writes a model as models/NAME.zip (the ML.NET pipeline), models/NAME.bin (the linear
/// model exported from it, which the extractor runs) and models/NAME.json (its card). The .bin and .json of
/// the committed models are embedded in this assembly, so they travel with it.</summary>
public static class ModelStore
{
    public const string IndicatorCategory = "indicator-category";
    public const string AmountRole = "amount-role";
    public const string ColumnRole = "column-role";
    public const string RowRole = "row-role";
    public const string IndicatorRow = "indicator-row";

    // A fixed entry time keeps the zip byte-identical across trainings of the same data.
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        // Generated at compile time: the natively compiled worker loads the cards without reflection.
        TypeInfoResolver = ModelCardJsonContext.Default,
    };

    private static readonly JsonTypeInfo<ModelCard> CardType = (JsonTypeInfo<ModelCard>)Options.GetTypeInfo(typeof(ModelCard));

    /// <summary>The model built into the assembly.</summary>
    public static TextClassifier LoadEmbedded(string name)
    {
        var assembly = typeof(ModelStore).Assembly;
        using var model = assembly.GetManifestResourceStream($"ReportMiner.Extraction.Models.{name}.bin");
        using var card = assembly.GetManifestResourceStream($"ReportMiner.Extraction.Models.{name}.json");
        if (model is null || card is null)
            throw new FileNotFoundException($"Model '{name}' is not built in: run 'reportminer train' and rebuild.");
        return Load(name, model, card);
    }

    /// <summary>A model from DIRECTORY/NAME.bin and DIRECTORY/NAME.json.</summary>
    public static TextClassifier Load(string name, string directory)
    {
        var modelPath = Path.Combine(directory, name + ".bin");
        var cardPath = Path.Combine(directory, name + ".json");
        if (!File.Exists(modelPath) || !File.Exists(cardPath))
            throw new FileNotFoundException($"Model '{modelPath}' or its card is missing: run 'reportminer train --out {directory}'.", modelPath);
        using var model = File.OpenRead(modelPath);
        using var card = File.OpenRead(cardPath);
        return Load(name, model, card);
    }

    /// <summary>The ML.NET pipeline DIRECTORY/NAME.zip, for checks and for use with ML.NET itself.</summary>
    public static ITransformer LoadPipeline(MLContext ml, string name, string directory)
    {
        ArgumentNullException.ThrowIfNull(ml);
        using var zip = File.OpenRead(Path.Combine(directory, name + ".zip"));
        return ml.Model.Load(zip, out _);
    }

    public static void Save(MLContext ml, ITransformer pipeline, DataViewSchema inputSchema, LinearTextModel exported, ModelCard card, string directory)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(exported);
        ArgumentNullException.ThrowIfNull(card);
        Directory.CreateDirectory(directory);
        var name = Path.Combine(directory, card.Kind.Replace('_', '-'));
        using (var raw = new MemoryStream())
        {
            ml.Model.Save(pipeline, inputSchema, raw);
            File.WriteAllBytes(name + ".zip", WithFixedTimes(raw.ToArray()));
        }
        using (var bin = File.Create(name + ".bin")) exported.Write(bin);
        File.WriteAllText(name + ".json", JsonSerializer.Serialize(card, CardType) + "\n", new UTF8Encoding(false));
    }

    private static TextClassifier Load(string name, Stream model, Stream cardStream)
    {
        var card = JsonSerializer.Deserialize(cardStream, CardType)
            ?? throw new InvalidDataException($"Model card '{name}.json' is empty.");
        return new TextClassifier(LinearTextModel.Read(model), card);
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

/// <summary>The model card's serialization code; names and layout come from the options that use it.</summary>
[JsonSerializable(typeof(ModelCard))]
internal sealed partial class ModelCardJsonContext : JsonSerializerContext;
