using Microsoft.Data.Sqlite;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Schema;

/// <summary>Recomputes every project's comparison key as a new write would, in write order, then the compare rows.</summary>
internal static class ProjectKeysMigration
{
    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        var projects = new List<(long Id, string Name, string? City, string? CityKey, int? Year, double? Budget)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, name, city, city_key, year, budget_wan FROM projects ORDER BY id";
            using var reader = select.ExecuteReader();
            while (reader.Read())
                projects.Add((reader.GetInt64(0), reader.GetString(1), Candidates.Text(reader, 2), Candidates.Text(reader, 3),
                    reader.IsDBNull(4) ? null : reader.GetInt32(4), Candidates.Number(reader, 5)));
        }
        // Keys are cleared first so each project is matched only against those already recomputed, as at write time.
        StoreDatabase.Execute(connection, "UPDATE projects SET name_key = '#' || id", transaction);
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE projects SET name_key = $key WHERE id = $id";
        var key = update.Parameters.Add("$key", SqliteType.Text);
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        foreach (var p in projects)
        {
            key.Value = ProjectKeys.Choose(connection, transaction, p.Name, p.City, p.CityKey, p.Year, p.Budget);
            id.Value = p.Id;
            update.ExecuteNonQuery();
        }
        StoreDatabase.Execute(connection, "DELETE FROM compare_rows; DELETE FROM budget_compare_rows;", transaction);
        StoredComparisons.Rebuild(connection, transaction);
    }
}
