using System.Text.Json;
using System.Text.Json.Nodes;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Store.Importing;

/// <summary>
/// Reads extraction records saved as JSON (the record schema, e.g. annotated gold files or earlier
/// extractor output), so records made elsewhere can be imported without re-parsing their sources.
/// </summary>
internal static class RecordFiles
{
    public const string Format = "record";

    public static bool IsRecordFile(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static DocumentRecord Read(string path, string sha256)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(File.ReadAllText(path)); }
        catch (JsonException ex) { throw new InvalidDataException($"Not valid JSON: {ex.Message}", ex); }
        if (node is not JsonObject record || record["projects"] is not JsonArray)
            throw new InvalidDataException("Not an extraction record: expected an object with a \"projects\" array.");
        record["file"] ??= Path.GetFileName(path);
        record["sha256"] ??= sha256;
        record["format"] ??= Format;
        try { return record.Deserialize(RecordJson.RecordType) ?? throw new InvalidDataException("Empty record."); }
        catch (JsonException ex) { throw new InvalidDataException($"The record does not match the schema: {ex.Message}", ex); }
    }
}
