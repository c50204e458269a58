using System.Text.Json;

namespace ReportMiner.Store.Isolation;

/// <summary>Small steps over a <see cref="Utf8JsonReader"/> for the hand-written worker codec.</summary>
internal static class JsonCursor
{
    /// <summary>Moves to the next token, which must be <paramref name="expected"/>.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected)
            throw new JsonException($"Expected {expected} but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
    }

    /// <summary>
    /// Inside an object: moves to the next property's value and names it; false at the object's end. The caller reads
    /// the value or calls <see cref="Utf8JsonReader.Skip"/>.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read()) throw new JsonException("The message ends inside an object.");
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }
        if (reader.TokenType != JsonTokenType.PropertyName) throw new JsonException($"Expected a property name, found {reader.TokenType}.");
        name = reader.GetString()!;
        if (!reader.Read()) throw new JsonException("The message ends after a property name.");
        return true;
    }

    /// <summary>Inside an array: moves to the next element; false at the array's end.</summary>
    public static bool NextElement(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonException("The message ends inside an array.");
        return reader.TokenType != JsonTokenType.EndArray;
    }

    public static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    public static string? String(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : reader.GetString();

    public static string RequiredString(ref Utf8JsonReader reader) =>
        reader.GetString() ?? throw new JsonException("A required text is null.");

    public static double? Double(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : reader.GetDouble();

    public static int? Int(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : reader.GetInt32();

    public static bool? Bool(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : reader.GetBoolean();

    public static List<string> Strings(ref Utf8JsonReader reader)
    {
        var list = new List<string>();
        if (IsNull(ref reader)) return list;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected a list of texts.");
        while (NextElement(ref reader)) list.Add(RequiredString(ref reader));
        return list;
    }
}
