using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;
using ReportMiner.Store.Searching;

namespace ReportMiner.Store.Comparing;

/// <summary>Compares one indicator, or the money, across cities and years, from compare rows collapsed at write time.</summary>
public sealed class CompareService(DbConnection connection)
{
    public IReadOnlyList<CompareRow> Indicators(CompareQuery query)
    {
        if ((query.Category is null) == (query.Indicator is null))
            throw new StoreException("Compare needs exactly one of --category or --indicator (or --budgets).");
        if (query.Category is not null) return Stored("compare_rows p WHERE p.category = @category", query);
        var terms = SearchTerms.Parse(query.Indicator!);
        var names = MatchingNames(terms);
        if (names.Count == 0) return [];
        using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {StoredComparisons.RowColumns}, p.indicator_key, p.city_key, p.name_key FROM compare_name_rows p WHERE ")
            .Append(SqlDialect.Of(connection).InList(command, "p.indicator_key", "@names", names));
        CompareFilters.Append(sql, command, query.Cities, query.Years, "p");
        command.CommandText = sql.ToString();
        // One indicator stands for each project: the closest name match (exact, ending with the term as in
        // 接通率, starting with it, then the shortest).
        var term = string.Concat(terms);
        var best = new Dictionary<(string?, int?, string), (int Rank, CompareRow Row)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var rank = Rank(reader.GetString(15), term);
                var key = (Db.Text(reader, 16), Db.Int(reader, 1), reader.GetString(17));
                if (best.TryGetValue(key, out var current) && (current.Rank < rank || (current.Rank == rank &&
                        string.CompareOrdinal(current.Row.Indicator, Db.Text(reader, 3)) <= 0))) continue;
                best[key] = (rank, ReadRow(reader));
            }
        return CandidateCollapse.InDisplayOrder(best.Values.Select(b => b.Row));
    }

    public IReadOnlyList<CompareRow> Budgets(CompareQuery query) => Stored("budget_compare_rows p WHERE 1 = 1", query);

    /// <summary>The folded indicator names that contain every term (a few thousand distinct names, however many rows).</summary>
    private List<string> MatchingNames(IReadOnlyList<string> terms)
    {
        var names = new List<string>();
        // A loose index scan: one index seek per distinct name, instead of reading every row's entry (DISTINCT does).
        using var command = Db.Command(connection, null,
            "WITH RECURSIVE names(k) AS (SELECT MIN(indicator_key) FROM compare_name_rows UNION ALL " +
            "SELECT (SELECT MIN(indicator_key) FROM compare_name_rows WHERE indicator_key > names.k) FROM names WHERE names.k IS NOT NULL) " +
            "SELECT k FROM names WHERE k IS NOT NULL");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (terms.All(t => name.Contains(t, StringComparison.Ordinal))) names.Add(name);
        }
        return names;
    }

    private static int Rank(string nameKey, string term)
    {
        var closeness = nameKey == term ? 0 : nameKey.EndsWith(term, StringComparison.Ordinal) ? 1
            : nameKey.StartsWith(term, StringComparison.Ordinal) ? 2 : 3;
        return closeness * 1000 + Math.Min(nameKey.Length, 999);
    }

    private IReadOnlyList<CompareRow> Stored(string tableAndCondition, CompareQuery query)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {StoredComparisons.RowColumns} FROM {tableAndCondition}");
        if (query.Category is not null) Db.Add(command, "@category", query.Category);
        CompareFilters.Append(sql, command, query.Cities, query.Years, "p");
        command.CommandText = sql.ToString();
        var rows = new List<CompareRow>();
        using (var r = command.ExecuteReader())
            while (r.Read()) rows.Add(ReadRow(r));
        return CandidateCollapse.InDisplayOrder(rows);
    }

    private static CompareRow ReadRow(DbDataReader r) => new(Db.Text(r, 0), Db.Int(r, 1), r.GetString(2), Db.Text(r, 3), Db.Text(r, 4),
        Db.Number(r, 5), Db.Text(r, 6), Db.Number(r, 7), Db.Flag(r, 8), Db.Number(r, 9), Db.Number(r, 10), Db.Number(r, 11),
        Convert.ToInt32(r.GetValue(12)), Convert.ToInt32(r.GetValue(13)), r.GetString(14));
}
