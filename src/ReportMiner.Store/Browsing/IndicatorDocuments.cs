using Microsoft.Data.Sqlite;

namespace ReportMiner.Store.Browsing;

/// <summary>The document an indicator was read from, and its report kind, for linking hits to document pages.</summary>
public sealed record IndicatorDocument(long IndicatorId, string Sha256, string? ReportKind, int? Table, int? Row);

public static class IndicatorDocuments
{
    public static IReadOnlyDictionary<long, IndicatorDocument> For(SqliteConnection connection, IEnumerable<long> indicatorIds)
    {
        var ids = indicatorIds.Distinct().ToArray();
        var found = new Dictionary<long, IndicatorDocument>();
        if (ids.Length == 0) return found;
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT i.id, d.sha256, p.report_kind, i.source_table, i.source_row FROM json_each($ids) j JOIN indicators i ON i.id = j.value " +
            "JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', ids) + "]");
        using var r = command.ExecuteReader();
        while (r.Read())
            found[r.GetInt64(0)] = new IndicatorDocument(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4));
        return found;
    }

    /// <summary>Content hash of each stored path (compare rows name their file by path).</summary>
    public static IReadOnlyDictionary<string, string> ShaByPath(SqliteConnection connection, IEnumerable<string> paths)
    {
        var list = paths.Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (list.Length == 0) return found;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.path, d.sha256 FROM json_each($paths) j JOIN documents d ON d.path = j.value";
        command.Parameters.AddWithValue("$paths", System.Text.Json.JsonSerializer.Serialize(list));
        using var r = command.ExecuteReader();
        while (r.Read()) found[r.GetString(0)] = r.GetString(1);
        return found;
    }
}
