using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ReportMiner.Extraction.Records;

/// <summary>
/// The one JSON shape of extraction records: snake_case names, nulls written, Chinese unescaped. The shipped extractor
/// leaves non-finite numbers out (<see cref="FieldLimits"/>); one from elsewhere (another extractor, a record file) is
/// written as "NaN" or "Infinity" rather than failing the whole output.
/// </summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>A record in this shape, by code generated at compile time (the natively compiled worker has no reflection).</summary>
    public static JsonTypeInfo<DocumentRecord> RecordType { get; } =
        (JsonTypeInfo<DocumentRecord>)new JsonSerializerOptions(Options) { TypeInfoResolver = RecordJsonContext.Default }.GetTypeInfo(typeof(DocumentRecord));

    /// <summary>
    /// By the generated code, so the natively compiled worker, which has no reflection, writes extract's output; the same
    /// bytes as through reflection (compared on every corpus PDF).
    /// </summary>
    public static string Serialize(DocumentRecord record) => JsonSerializer.Serialize(record, RecordType);

    public static DocumentRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentRecord>(json, Options) ?? throw new JsonException("Empty record.");
}

/// <summary>The record's serialization code; names and number handling come from <see cref="RecordJson.Options"/>.</summary>
[JsonSerializable(typeof(DocumentRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
