using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Schema;

/// <summary>Recomputes project keys as writes choose them (<see cref="ProjectKeys"/>).</summary>
internal static class ProjectKeysMigration
{
    /// <summary>
    /// Every project's name key recomputed and every group of near-named projects settled, then the compare rows emptied
    /// (migration 12, the last to change their key, fills them again).
    /// </summary>
    public static void Run(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        var projects = new List<(long Id, string Key)>();
        using (var select = Db.Command(connection, transaction,
                   "SELECT p.id, p.name, p.city, p.budget_wan, p.department, d.sha256 FROM projects p JOIN documents d ON d.id = p.document_id ORDER BY p.id"))
        using (var reader = select.ExecuteReader())
            while (reader.Read())
                projects.Add((Db.Long(reader, 0), ProjectKeys.Natural(reader.GetString(1), Db.Text(reader, 2), Db.Number(reader, 3), Db.Text(reader, 4),
                    reader.GetString(5))));
        ProjectKeys.Rekey(connection, transaction, projects);
        using (var pending = new PendingChanges()) ProjectKeys.Settle(connection, transaction, null, pending);
        foreach (var table in new[] { "compare_rows", "budget_compare_rows", "compare_name_rows" })
            Db.Execute(connection, transaction, $"DELETE FROM {table}");
    }

    /// <summary>
    /// Migration 15: a store keyed in write order (a near-named copy joined whichever key was stored first) gets its groups'
    /// canonical keys; the compare rows of every key that changed are refreshed and the re-keyed documents go to the
    /// change sequence, so the search index re-reads them.
    /// </summary>
    public static void Settle(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        using var pending = new PendingChanges { ReportIds = false };
        ProjectKeys.Settle(connection, transaction, null, pending);
        pending.Apply(connection, transaction);
    }
}
