using System.Text.Json;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Evaluation;

/// <summary>Equality of predicted and gold facts: numbers within 0.005, names and texts after normalisation.</summary>
public static class FactComparer
{
    public const double NumberTolerance = 0.005;

    public static bool TextEquals(JsonElement gold, string? predicted) =>
        predicted is not null && gold.ValueKind == JsonValueKind.String && TextKey.Name(gold.GetString()!) == TextKey.Name(predicted);

    public static bool NumberEquals(JsonElement gold, double? predicted) =>
        predicted is { } p && gold.ValueKind == JsonValueKind.Number && Math.Abs(gold.GetDouble() - p) <= NumberTolerance;

    public static bool BoolEquals(JsonElement gold, bool? predicted) =>
        predicted is { } p && gold.ValueKind is JsonValueKind.True or JsonValueKind.False && gold.GetBoolean() == p;

    /// <summary>A quantity matches on comparator and number; a qualitative one ("健全") on its text.</summary>
    public static bool QuantityEquals(JsonElement gold, Quantity? predicted)
    {
        if (predicted is null || gold.ValueKind != JsonValueKind.Object) return false;
        var value = gold.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : (double?)null;
        if (value is null)
            return predicted.Value is null && gold.TryGetProperty("text", out var t) && TextKey.Name(t.GetString() ?? "") == TextKey.Name(predicted.Text);
        var op = gold.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        return predicted.Value is { } p && Math.Abs(p - value.Value) <= NumberTolerance && SameOp(op, predicted.Op);
    }

    private static bool SameOp(string? a, string? b) => Canonical(a) == Canonical(b);

    private static string? Canonical(string? op) => op is "=" or "==" ? null : op;
}
