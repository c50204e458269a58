using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Searching;

/// <summary>The store's rows behind one search's hits: indicators in the ids' order, and pages' file and page number.</summary>
internal sealed record LoadedHits(IReadOnlyList<IndicatorHit> Indicators, IReadOnlyDictionary<long, (string File, int Page)> Pages);

/// <summary>Loads indicator and page hits by id from the store in one command (one round trip on PostgreSQL), keeping the ids' order.</summary>
internal static class HitLoader
{
    public static LoadedHits Load(DbConnection connection, IReadOnlyList<long> indicatorIds, IReadOnlyList<long> pageIds)
    {
        var pages = new Dictionary<long, (string, int)>();
        if (indicatorIds.Count == 0 && pageIds.Count == 0) return new LoadedHits([], pages);
        var dialect = SqlDialect.Of(connection);
        using var command = connection.CreateCommand();
        var statements = new List<string>();
        if (indicatorIds.Count > 0)
            statements.Add("SELECT i.id, p.city, p.year, p.name, i.level1, i.level2, i.name, i.category, i.target_text, i.actual_text, i.met, d.path, i.source_page " +
                           "FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE " +
                           dialect.InList(command, "i.id", "@ids", indicatorIds));
        if (pageIds.Count > 0)
            statements.Add("SELECT g.id, d.path, g.page FROM document_pages g JOIN documents d ON d.id = g.document_id WHERE " +
                           dialect.InList(command, "g.id", "@pages", pageIds));
        command.CommandText = string.Join(";\n", statements);
        var hits = new Dictionary<long, IndicatorHit>();
        using var r = command.ExecuteReader();
        if (indicatorIds.Count > 0)
        {
            while (r.Read())
                hits[Db.Long(r, 0)] = new IndicatorHit(Db.Long(r, 0), Db.Text(r, 1), Db.Int(r, 2), r.GetString(3), Db.Text(r, 4), Db.Text(r, 5),
                    r.GetString(6), Db.Text(r, 7), Db.Text(r, 8), Db.Text(r, 9), Db.Flag(r, 10), r.GetString(11), Db.Int(r, 12));
            r.NextResult();
        }
        if (pageIds.Count > 0)
            while (r.Read()) pages[Db.Long(r, 0)] = (r.GetString(1), Convert.ToInt32(r.GetValue(2)));
        return new LoadedHits(indicatorIds.Where(hits.ContainsKey).Select(id => hits[id]).ToArray(), pages);
    }
}
