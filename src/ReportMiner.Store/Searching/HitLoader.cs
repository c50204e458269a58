using System.Data.Common;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Searching;

/// <summary>The stored document an indicator hit was read from, for links: its content hash and its project's report kind.</summary>
public sealed record HitDocument(string Sha256, string? ReportKind);

/// <summary>
/// The store's rows behind one search's hits: indicators in the ids' order with their documents, pages' file and page
/// number, and display names of the facets' city keys that were asked for.
/// </summary>
internal sealed record LoadedHits(
    IReadOnlyList<IndicatorHit> Indicators, IReadOnlyDictionary<long, HitDocument> Documents,
    IReadOnlyDictionary<long, (string File, int Page, string Text)> Pages, IReadOnlyDictionary<string, string> CityLabels)
{
    /// <summary>The store's identity and last change when they were asked for, read before the rows.</summary>
    public (string Identity, long Seq)? Generation { get; init; }
}

/// <summary>
/// Loads indicator and page hits (with the page's text) by id, and city names by key, from the store in one command (one round trip on
/// PostgreSQL), keeping the ids' order; on request the store's generation too, so a search can check in the same round trip
/// that the index it searched was up to date.
/// </summary>
internal static class HitLoader
{
    public static LoadedHits Load(DbConnection connection, IReadOnlyList<long> indicatorIds, IReadOnlyList<long> pageIds, IReadOnlyList<string> cityKeys,
        bool generation = false)
    {
        var hits = new Dictionary<long, IndicatorHit>();
        var documents = new Dictionary<long, HitDocument>();
        var pages = new Dictionary<long, (string, int, string)>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (indicatorIds.Count == 0 && pageIds.Count == 0 && cityKeys.Count == 0 && !generation) return new LoadedHits([], documents, pages, labels);
        var dialect = SqlDialect.Of(connection);
        using var command = connection.CreateCommand();
        var statements = new List<string>();
        if (generation) statements.Add(StoreGeneration.Statement);
        if (indicatorIds.Count > 0)
            statements.Add("SELECT i.id, p.city, p.year, p.name, i.level1, i.level2, i.name, i.category, i.target_text, i.actual_text, i.met, d.path, i.source_page, " +
                           "d.sha256, p.report_kind FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE " +
                           dialect.InList(command, "i.id", "@ids", indicatorIds));
        if (pageIds.Count > 0)
            statements.Add("SELECT g.id, d.path, g.page, g.text FROM document_pages g JOIN documents d ON d.id = g.document_id WHERE " +
                           dialect.InList(command, "g.id", "@pages", pageIds));
        if (cityKeys.Count > 0)
            statements.Add("SELECT city_key, MIN(city) FROM projects WHERE city IS NOT NULL AND " +
                           dialect.InList(command, "city_key", "@keys", cityKeys) + " GROUP BY city_key");
        command.CommandText = string.Join(";\n", statements);
        dialect.PrepareForReuse(command);
        var profile = Diagnostics.PhaseClock.Start("hits");
        using var r = command.ExecuteReader();
        profile?.Mark("execute");
        (string, long)? current = null;
        if (generation)
        {
            r.Read();
            current = StoreGeneration.Row(r);
            r.NextResult();
            profile?.Mark("generation");
        }
        if (indicatorIds.Count > 0)
        {
            while (r.Read())
            {
                hits[Db.Long(r, 0)] = new IndicatorHit(Db.Long(r, 0), Db.Text(r, 1), Db.Int(r, 2), r.GetString(3), Db.Text(r, 4), Db.Text(r, 5),
                    r.GetString(6), Db.Text(r, 7), Db.Text(r, 8), Db.Text(r, 9), Db.Flag(r, 10), r.GetString(11), Db.Int(r, 12));
                documents[Db.Long(r, 0)] = new HitDocument(r.GetString(13), Db.Text(r, 14));
            }
            r.NextResult();
            profile?.Mark("indicators");
        }
        if (pageIds.Count > 0)
        {
            while (r.Read()) pages[Db.Long(r, 0)] = (r.GetString(1), Convert.ToInt32(r.GetValue(2)), r.GetString(3));
            r.NextResult();
            profile?.Mark("pages");
        }
        if (cityKeys.Count > 0)
            while (r.Read()) labels[r.GetString(0)] = r.GetString(1);
        profile?.Mark("labels");
        profile?.Report();
        return new LoadedHits(indicatorIds.Where(hits.ContainsKey).Select(id => hits[id]).ToArray(), documents, pages, labels) { Generation = current };
    }
}
