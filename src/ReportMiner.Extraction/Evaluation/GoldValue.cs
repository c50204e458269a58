using System.Text.Json;

namespace ReportMiner.Extraction.Evaluation;

/// <summary>A gold field: its value and the alternatives the annotator also accepts.</summary>
public sealed record GoldValue(JsonElement? Value, IReadOnlyList<JsonElement> Alternatives)
{
    public bool IsPresent => Value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };

    public IEnumerable<JsonElement> Accepted => (IsPresent ? [Value!.Value] : Array.Empty<JsonElement>()).Concat(Alternatives);

    public static GoldValue Of(JsonElement obj, string field)
    {
        JsonElement? value = obj.TryGetProperty(field, out var v) ? v : null;
        var alternatives = obj.TryGetProperty(field + "_alternatives", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().ToList() : [];
        return new GoldValue(value, alternatives);
    }
}
