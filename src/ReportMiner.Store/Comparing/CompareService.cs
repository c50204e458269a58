using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Searching;

namespace ReportMiner.Store.Comparing;

/// <summary>Compares one indicator, or the money, across cities and years, collapsing duplicate sources.</summary>
public sealed class CompareService(DbConnection connection, string? indexDirectory = null)
{
    public IReadOnlyList<CompareRow> Indicators(CompareQuery query)
    {
        if ((query.Category is null) == (query.Indicator is null))
            throw new StoreException("Compare needs exactly one of --category or --indicator (or --budgets).");
        // A category comparison is kept collapsed at write time (see StoredComparisons); a name match is collapsed here.
        if (query.Category is not null) return Stored("compare_rows p WHERE p.category = @category", query);
        var terms = SearchTerms.Parse(query.Indicator!);
        var ids = MatchingIndicators(terms, query);
        if (ids.Count == 0) return [];
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {Candidates.ProjectColumns}, {Candidates.IndicatorColumns}, i.name_key, i.ordinal, p.id " +
            "FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE " +
            SqlDialect.Of(connection).InList(command, "i.id", "@ids", ids);
        // One indicator stands for each project: the closest name match (exact, ending with the term as in
        // 接通率, starting with it, then the shortest, then the first in the report).
        var term = string.Concat(terms);
        var best = new Dictionary<long, (long Rank, CandidateRow Row)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var rank = Rank(reader.GetString(16), term) * 1_000_000L + Convert.ToInt64(reader.GetValue(17));
                var project = Db.Long(reader, 18);
                if (best.TryGetValue(project, out var current) && current.Rank <= rank) continue;
                best[project] = (rank, Candidates.Read(reader, withIndicator: true));
            }
        return CandidateCollapse.InDisplayOrder(CandidateCollapse.Collapse(best.Values.Select(b => b.Row)).Select(c => c.Row));
    }

    public IReadOnlyList<CompareRow> Budgets(CompareQuery query) => Stored("budget_compare_rows p WHERE 1 = 1", query);

    private List<long> MatchingIndicators(IReadOnlyList<string> terms, CompareQuery query)
    {
        var luceneQuery = IndexQueries.Indicators(terms, new Filters(query.Cities, query.Years, null, null), nameOnly: true);
        if (luceneQuery is null) return [];
        var index = indexDirectory is null ? SearchIndex.For(connection) : SearchIndex.For(indexDirectory);
        using var lease = index.Acquire(connection);
        var collector = new RowIdCollector();
        lease.Searcher.Search(luceneQuery, collector);
        return collector.Ids;
    }

    private static long Rank(string nameKey, string term)
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
            while (r.Read())
                rows.Add(new CompareRow(Db.Text(r, 0), Db.Int(r, 1), r.GetString(2), Db.Text(r, 3), Db.Text(r, 4), Db.Number(r, 5),
                    Db.Text(r, 6), Db.Number(r, 7), Db.Flag(r, 8), Db.Number(r, 9), Db.Number(r, 10), Db.Number(r, 11),
                    Convert.ToInt32(r.GetValue(12)), Convert.ToInt32(r.GetValue(13)), r.GetString(14)));
        return CandidateCollapse.InDisplayOrder(rows);
    }
}
