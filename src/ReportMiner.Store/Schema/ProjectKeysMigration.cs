using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Schema;

/// <summary>
/// Recomputes every project's name key as a new write would, in write order, and empties the compare rows
/// (migration 12, the last to change their key, fills them again).
/// </summary>
internal static class ProjectKeysMigration
{
    public static void Run(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        var projects = new List<(long Id, string Name, string? City, string? CityKey, int? Year, double? Budget, string? Department, string Sha256)>();
        using (var select = Db.Command(connection, transaction,
                   "SELECT p.id, p.name, p.city, p.city_key, p.year, p.budget_wan, p.department, d.sha256 FROM projects p " +
                   "JOIN documents d ON d.id = p.document_id ORDER BY p.id"))
        using (var reader = select.ExecuteReader())
            while (reader.Read())
                projects.Add((Db.Long(reader, 0), reader.GetString(1), Db.Text(reader, 2), Db.Text(reader, 3), Db.Int(reader, 4), Db.Number(reader, 5),
                    Db.Text(reader, 6), reader.GetString(7)));
        // Keys are cleared first so each project is matched only against those already recomputed, as at write time.
        Db.Execute(connection, transaction, "UPDATE projects SET name_key = '#' || CAST(id AS TEXT)");
        foreach (var p in projects)
            Db.Execute(connection, transaction, "UPDATE projects SET name_key = @key WHERE id = @id",
                ("@key", ProjectKeys.Choose(connection, transaction, p.Name, p.City, p.CityKey, p.Year, p.Budget, p.Department, p.Sha256)), ("@id", p.Id));
        foreach (var table in new[] { "compare_rows", "budget_compare_rows", "compare_name_rows" })
            Db.Execute(connection, transaction, $"DELETE FROM {table}");
    }
}
