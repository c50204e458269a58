using System.Text;
using System.Text.Json;

namespace ReportMiner.Store.Isolation;

/// <summary>Writing helpers for the hand-written worker codec: absent values are left out, as the records' JSON does.</summary>
internal static class JsonOut
{
    public static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) return;
        writer.WritePropertyName(name);
        Value(writer, value);
    }

    /// <summary>
    /// A text value. Text from a damaged document may hold half of a surrogate pair, which JSON cannot carry: it becomes
    /// U+FFFD instead of failing the whole answer.
    /// </summary>
    public static void Value(Utf8JsonWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || IsWellFormed(value)) writer.WriteStringValue(value);
        else writer.WriteStringValue(Encoding.UTF8.GetBytes(value));
    }

    // Infinity and NaN have no JSON form; no extracted quantity is meant to be one, so they are left out.
    public static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) writer.WriteNumber(name, v);
    }

    public static void Number(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
    }

    public static void Bool(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } v) writer.WriteBoolean(name, v);
    }

    public static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) Value(writer, value);
        writer.WriteEndArray();
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) return false;
        }
        return true;
    }
}
