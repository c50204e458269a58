using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Writing;
using static ReportMiner.Store.Isolation.JsonCursor;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// The worker protocol's lines (requests, answers, progress) as JSON with snake_case names, written and read by hand
/// (see <see cref="RecordCodec"/> for why). A line that is not a message throws <see cref="JsonException"/>.
/// </summary>
internal static class WorkerCodec
{
    // Chinese text stays readable and compact on the pipe; control characters and quotes are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(WorkRequest request) => Line(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("id", request.Id);
        JsonOut.String(w, "path", request.Path);
        JsonOut.String(w, "sha256", request.Sha256);
        w.WriteNumber("size", request.Size);
        JsonOut.String(w, "render", request.Render);
        w.WriteEndObject();
    });

    public static WorkRequest ReadRequest(string line) => Guarded(line, ReadRequestCore);

    private static WorkRequest ReadRequestCore(string line)
    {
        var r = Reader(line);
        long? id = null;
        string path = "", sha256 = "";
        long size = 0;
        string? render = null;
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "id": id = r.GetInt64(); break;
                case "path": path = String(ref r) ?? ""; break;
                case "sha256": sha256 = String(ref r) ?? ""; break;
                case "size": size = r.GetInt64(); break;
                case "render": render = String(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new WorkRequest(id ?? throw new JsonException("A request without an id."), path, sha256, size, render);
    }

    public static string Write(WorkerMessage message) => Line(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("id", message.Id);
        if (message.Answer is { } answer)
        {
            w.WritePropertyName("answer");
            Write(w, answer);
        }
        if (message.Progress is { } progress)
        {
            w.WriteStartObject("progress");
            JsonOut.String(w, "stage", progress.Stage);
            w.WriteNumber("page", progress.Page);
            w.WriteNumber("pages", progress.Pages);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    });

    public static WorkerMessage ReadMessage(string line) => Guarded(line, ReadMessageCore);

    private static WorkerMessage ReadMessageCore(string line)
    {
        var r = Reader(line);
        long? id = null;
        WorkResponse? answer = null;
        PageProgress? progress = null;
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "id": id = r.GetInt64(); break;
                case "answer": answer = IsNull(ref r) ? null : ReadResponse(ref r); break;
                case "progress": progress = IsNull(ref r) ? null : ReadProgress(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new WorkerMessage(id ?? throw new JsonException("A message without an id."), answer, progress);
    }

    private static void Write(Utf8JsonWriter w, WorkResponse response)
    {
        w.WriteStartObject();
        JsonOut.String(w, "format", response.Format);
        if (response.Record is { } record)
        {
            w.WritePropertyName("record");
            RecordCodec.Write(w, record);
        }
        w.WriteStartArray("pages");
        foreach (var page in response.Pages)
        {
            w.WriteStartObject();
            w.WriteNumber("page", page.Page);
            JsonOut.String(w, "text", page.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        JsonOut.String(w, "error_kind", response.ErrorKind);
        JsonOut.String(w, "error", response.Error);
        JsonOut.String(w, "output", response.Output);
        w.WriteEndObject();
    }

    private static WorkResponse ReadResponse(ref Utf8JsonReader r)
    {
        string format = "";
        Extraction.Records.DocumentRecord? record = null;
        var pages = new List<PageText>();
        string? errorKind = null, error = null, output = null;
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "format": format = String(ref r) ?? ""; break;
                case "record": record = RecordCodec.ReadDocument(ref r); break;
                case "pages":
                    if (!IsNull(ref r))
                        while (NextElement(ref r)) pages.Add(ReadPage(ref r));
                    break;
                case "error_kind": errorKind = String(ref r); break;
                case "error": error = String(ref r); break;
                case "output": output = String(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new WorkResponse(format, record, pages, errorKind, error, output);
    }

    private static PageText ReadPage(ref Utf8JsonReader r)
    {
        var (page, text) = (0, "");
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "page": page = r.GetInt32(); break;
                case "text": text = String(ref r) ?? ""; break;
                default: r.Skip(); break;
            }
        }
        return new PageText(page, text);
    }

    private static PageProgress ReadProgress(ref Utf8JsonReader r)
    {
        var (stage, page, pages) = ("", 0, 0);
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "stage": stage = String(ref r) ?? ""; break;
                case "page": page = r.GetInt32(); break;
                case "pages": pages = r.GetInt32(); break;
                default: r.Skip(); break;
            }
        }
        return new PageProgress(stage, page, pages);
    }

    // A value of the wrong kind (text where a number belongs) is as unreadable as broken JSON.
    private static T Guarded<T>(string line, Func<string, T> read)
    {
        try { return read(line); }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    private static Utf8JsonReader Reader(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
        Expect(ref reader, JsonTokenType.StartObject);
        return reader;
    }

    private static string Line(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
