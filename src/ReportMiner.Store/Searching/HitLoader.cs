using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Searching;

/// <summary>Loads indicator and page hits by id from the store, keeping the ids' order.</summary>
internal static class HitLoader
{
    public static IReadOnlyList<IndicatorHit> Load(DbConnection connection, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0) return [];
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT i.id, p.city, p.year, p.name, i.level1, i.level2, i.name, i.category, i.target_text, i.actual_text, i.met, d.path, i.source_page " +
            "FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE " +
            SqlDialect.Of(connection).InList(command, "i.id", "@ids", ids);
        var hits = new Dictionary<long, IndicatorHit>();
        using var r = command.ExecuteReader();
        while (r.Read())
            hits[Db.Long(r, 0)] = new IndicatorHit(Db.Long(r, 0), Db.Text(r, 1), Db.Int(r, 2), r.GetString(3), Db.Text(r, 4), Db.Text(r, 5),
                r.GetString(6), Db.Text(r, 7), Db.Text(r, 8), Db.Text(r, 9), Db.Flag(r, 10), r.GetString(11), Db.Int(r, 12));
        return ids.Where(hits.ContainsKey).Select(id => hits[id]).ToArray();
    }

    /// <summary>File and page number of page rows.</summary>
    public static IReadOnlyDictionary<long, (string File, int Page)> Pages(DbConnection connection, IReadOnlyList<long> ids)
    {
        var pages = new Dictionary<long, (string, int)>();
        if (ids.Count == 0) return pages;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT g.id, d.path, g.page FROM document_pages g JOIN documents d ON d.id = g.document_id WHERE " +
                              SqlDialect.Of(connection).InList(command, "g.id", "@ids", ids);
        using var r = command.ExecuteReader();
        while (r.Read()) pages[Db.Long(r, 0)] = (r.GetString(1), Convert.ToInt32(r.GetValue(2)));
        return pages;
    }
}
