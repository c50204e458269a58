using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Comparing;

/// <summary>
/// An indicator comparison on SQLite, chosen and ordered here: the statement only reads each matching name's rows from
/// migration 20's covering index, with the name's rank, and each report keeps the row of its best-ranked name, in the
/// order <see cref="CompareService"/>'s ORDER BY gives (city, year, project, report kind, then the report's keys; nulls
/// first, text by code point). SQLite's GROUP BY and ORDER BY built two temporary b-trees of the wide rows for that
/// (session 34: 42–44 ms instead of 67–74 ms in the sqlite3 shell at 1M rows). The kept rows are held in memory, at most
/// one per report that has a matching name.
/// </summary>
internal static class ClosestNameRows
{
    // The statement's columns: the row (0–15, report kind last), then city_key, name_key and the name's rank.
    private const int CityKey = 16, NameKey = 17, Rank = 18;

    public static List<CompareRow> Read(DbCommand command)
    {
        var chosen = new Dictionary<(string? CityKey, int? Year, string? ReportKind, string NameKey), int>();
        var kept = new List<Kept>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var rank = reader.GetInt64(Rank);
                var report = (Db.Text(reader, CityKey), Db.Int32(reader, 1), Db.Text(reader, 15), reader.GetString(NameKey));
                if (chosen.TryGetValue(report, out var at))
                {
                    if (kept[at].Rank <= rank) continue;
                    kept[at] = new Kept(CompareService.ReadRow(reader), report.Item1, report.Item4, rank);
                }
                else
                {
                    chosen.Add(report, kept.Count);
                    kept.Add(new Kept(CompareService.ReadRow(reader), report.Item1, report.Item4, rank));
                }
            }
        // The keys decide between two reports whose shown columns are alike, so no two kept rows compare equal.
        kept.Sort(DisplayOrder);
        return kept.ConvertAll(k => k.Row);
    }

    private static int DisplayOrder(Kept a, Kept b)
    {
        var order = CodePointOrder.Instance;
        var c = order.Compare(a.Row.City, b.Row.City);
        if (c == 0) c = Nullable.Compare(a.Row.Year, b.Row.Year);
        if (c == 0) c = order.Compare(a.Row.Project, b.Row.Project);
        if (c == 0) c = order.Compare(a.Row.ReportKind, b.Row.ReportKind);
        if (c == 0) c = order.Compare(a.CityKey, b.CityKey);
        if (c == 0) c = order.Compare(a.NameKey, b.NameKey);
        return c;
    }

    private readonly record struct Kept(CompareRow Row, string? CityKey, string NameKey, long Rank);
}
