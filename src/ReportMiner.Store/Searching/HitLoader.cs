using Microsoft.Data.Sqlite;

namespace ReportMiner.Store.Searching;

/// <summary>Loads indicator hits by id, keeping the ids' order.</summary>
internal static class HitLoader
{
    public static IReadOnlyList<IndicatorHit> Load(SqliteConnection connection, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0) return [];
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT i.id, p.city, p.year, p.name, i.level1, i.level2, i.name, i.category, i.target_text, i.actual_text, i.met, d.path, i.source_page " +
            "FROM json_each($ids) j JOIN indicators i ON i.id = j.value JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', ids) + "]");
        var hits = new Dictionary<long, IndicatorHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits[reader.GetInt64(0)] = new IndicatorHit(reader.GetInt64(0), Text(reader, 1), Int(reader, 2), reader.GetString(3),
                Text(reader, 4), Text(reader, 5), reader.GetString(6), Text(reader, 7), Text(reader, 8), Text(reader, 9),
                reader.IsDBNull(10) ? null : reader.GetInt64(10) != 0, reader.GetString(11), Int(reader, 12));
        }
        return ids.Where(hits.ContainsKey).Select(id => hits[id]).ToArray();
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
}
