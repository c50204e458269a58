using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Store.Exporting;

/// <summary>Writes one JSON object per project, with its indicators nested, in the record schema's naming.</summary>
public static class JsonLines
{
    private static readonly JsonSerializerOptions Compact = new(RecordJson.Options)
    {
        WriteIndented = false, TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static void Write(Sheet projects, Sheet indicators, string path)
    {
        var byProject = indicators.Rows.GroupBy(r => r[indicators.Columns.ToList().IndexOf("project_id")]).ToDictionary(g => g.Key!, g => g.ToList());
        AtomicFile.Write(path, stream => Write(projects, indicators.Columns, byProject, stream));
    }

    private static void Write(Sheet projects, IReadOnlyList<string> indicatorColumns, Dictionary<object, List<object?[]>> byProject, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        foreach (var project in projects.Rows)
        {
            var node = ToObject(projects.Columns, project);
            var children = byProject.TryGetValue(project[0]!, out var list) ? list : [];
            node["indicators"] = new JsonArray(children.Select(row => (JsonNode)ToObject(indicatorColumns, row)).ToArray());
            writer.WriteLine(node.ToJsonString(Compact));
        }
    }

    private static JsonObject ToObject(IReadOnlyList<string> columns, object?[] row)
    {
        var node = new JsonObject();
        for (var i = 0; i < columns.Count; i++) node[columns[i]] = ValueOf(row[i]);
        return node;
    }

    private static JsonNode? ValueOf(object? value) => value switch
    {
        null => null,
        double d => JsonValue.Create(d),
        long l => JsonValue.Create(l),
        int n => JsonValue.Create(n),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(value.ToString()),
    };
}
