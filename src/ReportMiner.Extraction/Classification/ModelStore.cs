using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportMiner.Extraction.Classification;

/// <summary>Reads and writes models/*.json; the trained files are copied next to every built assembly.</summary>
public static class ModelStore
{
    public const string IndicatorCategoryFile = "indicator-category.json";
    public const string AmountRoleFile = "amount-role.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    public static ModelFile Load(string fileName, string? directory = null)
    {
        var path = Path.Combine(directory ?? DefaultDirectory, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Model '{path}' is missing: run 'reportminer train' and rebuild, so models/*.json are copied to the output.", path);
        return JsonSerializer.Deserialize<ModelFile>(File.ReadAllText(path, Encoding.UTF8), Options)
            ?? throw new InvalidDataException($"Model '{path}' is empty.");
    }

    /// <summary>Compact JSON; doubles are written in their shortest round-trip form, independent of culture.</summary>
    public static void Save(ModelFile model, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(model, Options) + "\n", new UTF8Encoding(false));
}
