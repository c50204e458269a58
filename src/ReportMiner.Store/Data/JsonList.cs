using System.Globalization;
using System.Text;

namespace ReportMiner.Store.Data;

/// <summary>
/// A list of strings or whole numbers as a JSON array, for SQLite's <c>json_each</c>. Written by hand because the first
/// reflection-based <c>JsonSerializer</c> call of a process builds its converters and options, which was a quarter of a
/// short <c>reportminer compare --indicator</c> run's CPU for a list of a few names.
/// </summary>
internal static class JsonList
{
    public static string Of<T>(IEnumerable<T> values)
    {
        var json = new StringBuilder("[");
        foreach (var value in values)
        {
            if (json.Length > 1) json.Append(',');
            Append(json, value, typeof(T).Name);
        }
        return json.Append(']').ToString();
    }

    /// <summary>A list of rows, each a list of strings, whole numbers or nulls: <c>[[a, 1, null], …]</c>.</summary>
    public static string OfRows(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var json = new StringBuilder("[");
        foreach (var row in rows)
        {
            if (json.Length > 1) json.Append(',');
            json.Append('[');
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0) json.Append(',');
                Append(json, row[i], nameof(Object));
            }
            json.Append(']');
        }
        return json.Append(']').ToString();
    }

    private static void Append<T>(StringBuilder json, T value, string typeName)
    {
        switch (value)
        {
            case string text: AppendString(json, text); break;
            case int or long or short or byte: json.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case null: json.Append("null"); break;
            default: throw new ArgumentException($"No JSON list of {typeName} values.", nameof(value));
        }
    }

    private static void AppendString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case < ' ': json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: json.Append(c); break;
            }
        }
        json.Append('"');
    }
}
