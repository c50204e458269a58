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

    // Each in a holder of its own, so a parent that only reads answers without records never builds the record's
    // metadata: its types and System.Text.Json's generics over them were ~375 of the ~890 methods a one-PDF extract
    // JIT-compiled in the parent.
    private static class Full
    {
        public static readonly JsonTypeInfo<WorkerMessage> Message = (JsonTypeInfo<WorkerMessage>)Options.GetTypeInfo(typeof(WorkerMessage));
    }

    private static class Recordless
    {
        public static readonly JsonTypeInfo<RecordlessMessage> Message = (JsonTypeInfo<RecordlessMessage>)Options.GetTypeInfo(typeof(RecordlessMessage));
    }

    public static string Write(WorkRequest request) => JsonSerializer.Serialize(request, Request);

    public static WorkRequest ReadRequest(string line) => Read(line, Request);

    public static string Write(WorkerMessage message) => JsonSerializer.Serialize(message, Full.Message);

    public static WorkerMessage ReadMessage(string line) => Read(line, Full.Message);

    /// <summary>
    /// <see cref="ReadMessage"/> for a line that carries no record (a hello, progress, or the answer to a request with a
    /// <see cref="WorkRequest.Render"/>): a record on it would be skipped, not read.
    /// </summary>
    public static WorkerMessage ReadMessageWithoutRecord(string line)
    {
        var message = Read(line, Recordless.Message);
        var answer = message.Answer is { } a ? new WorkResponse(a.Format, null, a.Pages, a.ErrorKind, a.Error, a.Output, a.Losses) : null;
        return new WorkerMessage(message.Id, answer, message.Progress, message.Hello);
    }

    /// <summary>
    /// The request id a worker's line starts with (every line this codec writes does), without decoding the rest; null for
    /// a line that does not start so.
    /// </summary>
    public static long? PeekId(string line)
    {
        const string prefix = "{\"id\":";
        if (!line.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var digits = line.AsSpan(prefix.Length);
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        return end > 0 && long.TryParse(digits[..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id : null;
    }

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
[JsonSerializable(typeof(RecordlessMessage))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
