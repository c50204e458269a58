using System.Data.Common;
using System.Runtime.InteropServices;

namespace ReportMiner.Store.Comparing;

/// <summary>
/// A whole indicator comparison on SQLite, chosen and ordered here: the statement only reads each matching name's rows from
/// migration 20's covering index, with the name's rank and the report's identity (migration 21), and each report keeps the
/// row of its best-ranked name, in the order <see cref="CompareService"/>'s ORDER BY gives (city, year, project, report
/// kind, then the report's keys; nulls first, text by code point). A row of a report already kept at a rank as good is
/// passed over after reading two integers; only kept rows are read whole. SQLite's GROUP BY and ORDER BY built two
/// temporary b-trees of the wide rows instead (session 36: 59 → 32 ms of SQLite's own time at 1M rows). The kept rows are
/// held in memory, one per report that has a matching name.
/// </summary>
internal static class ClosestNameRows
{
    // The statement's columns: the row (0–15, report kind last), city_key, name_key, the report's identity and the name's rank.
    private const int CityKey = 16, NameKey = 17, ReportId = 18, Rank = 19;

    public static List<CompareRow> Read(DbCommand command)
    {
        var chosen = new Dictionary<long, int>();
        var kept = new List<Kept>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var rank = reader.GetInt64(Rank);
                ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(chosen, reader.GetInt64(ReportId), out var seen);
                if (seen && kept[at].Rank <= rank) continue;
                var row = new Kept(new KeyedRow(CompareService.ReadRow(reader), reader.IsDBNull(CityKey) ? null : reader.GetString(CityKey), reader.GetString(NameKey)), rank);
                if (seen) kept[at] = row;
                else
                {
                    at = kept.Count;
                    kept.Add(row);
                }
            }
        // The keys decide between two reports whose shown columns are alike, so no two kept rows compare equal. Each name's
        // rows come from the index in display order: the kept rows are a few sorted runs, merged.
        return Array.ConvertAll(SortedRuns.Sort(kept, (a, b) => KeyedRow.DisplayOrder(a.Keyed, b.Keyed)), k => k.Keyed.Row).ToList();
    }

    private readonly record struct Kept(KeyedRow Keyed, long Rank);
}
