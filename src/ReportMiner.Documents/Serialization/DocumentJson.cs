using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Serialization;

/// <summary>The JSON view of the document model printed by <c>reportminer parse --format json</c>.</summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(Document document) => JsonSerializer.Serialize(document, Options);
}
