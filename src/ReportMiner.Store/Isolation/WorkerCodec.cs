using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// The worker protocol's lines (requests, answers, progress): one line of JSON each, snake_case names, absent values
/// left out, serialized by code generated at compile time (<see cref="WorkerJsonContext"/>) rather than through
/// reflection. A line that is not a whole message throws <see cref="JsonException"/>.
/// </summary>
internal static class WorkerCodec
{
    private static readonly JsonSerializerOptions Options = new(WorkerJsonContext.Default.Options)
    {
        // Chinese text stays readable and compact on the pipe; control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = WorkerJsonContext.Default.WithAddedModifier(RequireWhatIsAlwaysWritten),
    };

    private static readonly JsonTypeInfo<WorkRequest> Request = (JsonTypeInfo<WorkRequest>)Options.GetTypeInfo(typeof(WorkRequest));
    private static readonly JsonTypeInfo<WorkerMessage> Message = (JsonTypeInfo<WorkerMessage>)Options.GetTypeInfo(typeof(WorkerMessage));

    public static string Write(WorkRequest request) => JsonSerializer.Serialize(request, Request);

    public static WorkRequest ReadRequest(string line) => Read(line, Request);

    public static string Write(WorkerMessage message) => JsonSerializer.Serialize(message, Message);

    public static WorkerMessage ReadMessage(string line) => Read(line, Message);

    private static T Read<T>(string line, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(line, type) ?? throw new JsonException("The message is null.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    // Only null values are left out, so a value of the protocol's own that cannot be null is on every line a worker
    // writes; a line without one (cut short, or not from a worker) is refused here. Records cross as the extractor or
    // a record file (RecordFiles) made them, a missing snippet or name included, as they would have stayed in process.
    private static void RequireWhatIsAlwaysWritten(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        var record = type.Type.Namespace == typeof(DocumentRecord).Namespace;
        foreach (var property in type.Properties)
        {
            var nullable = property.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(property.PropertyType) is not null
                : property.IsSetNullable;
            property.IsRequired = !record && !nullable;
        }
    }
}

/// <summary>
/// The shapes that cross the worker pipe. Half of a surrogate pair in text from a damaged document becomes U+FFFD on
/// the way out (the serializer's own handling), so it cannot fail a whole answer; a null written where the types allow
/// none is refused on the way in.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    // An extracted quantity that came out infinite or NaN crosses as it is, as it would have stayed in process.
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(WorkRequest))]
[JsonSerializable(typeof(WorkerMessage))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
