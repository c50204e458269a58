using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
        Converters = { new JsonStringEnumConverter<FileFormat>(JsonNamingPolicy.KebabCaseLower) },
        // Generated at compile time, so the natively compiled worker (no reflection there) renders the same JSON.
        TypeInfoResolver = DocumentJsonContext.Default,
    };

    private static readonly JsonTypeInfo<Document> DocumentType = (JsonTypeInfo<Document>)Options.GetTypeInfo(typeof(Document));

    public static string Serialize(Document document) => JsonSerializer.Serialize(document, DocumentType);
}

/// <summary>The document model's serialization code; names, enums and layout come from <see cref="DocumentJson.Options"/>.</summary>
[JsonSerializable(typeof(Document))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
