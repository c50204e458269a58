using System.Text;
using Microsoft.Data.Sqlite;
using ReportMiner.Store.Searching;

namespace ReportMiner.Store.Comparing;

/// <summary>Compares one indicator, or the money, across cities and years, collapsing duplicate sources.</summary>
public sealed class CompareService(SqliteConnection connection)
{
    public IReadOnlyList<CompareRow> Indicators(CompareQuery query)
    {
        if ((query.Category is null) == (query.Indicator is null))
            throw new StoreException("Compare needs exactly one of --category or --indicator (or --budgets).");
        // A category comparison is kept collapsed at write time (see StoredComparisons); a name match is collapsed here.
        if (query.Category is not null) return Stored("compare_rows p WHERE p.category = $category", query);
        var matcher = IndicatorMatcher.For(SearchTerms.Parse(query.Indicator!), "name", query.Cities, query.Years, null);
        if (matcher.MatchesNothing) return [];
        var sql = new StringBuilder(
            $"SELECT {Candidates.ProjectColumns}, {Candidates.IndicatorColumns}, " +
            // One indicator stands for each project: the closest name match (exact, ending with the term as in
            // 接通率, starting with it, then the shortest). SQLite takes the other columns from the row holding the MIN.
            "MIN(CASE WHEN $term = '' OR i.name_key = $term THEN 0 WHEN substr(i.name_key, -length($term)) = $term THEN 1 " +
            "WHEN substr(i.name_key, 1, length($term)) = $term THEN 2 ELSE 3 END * 1000000 " +
            "+ CASE WHEN $term = '' THEN 0 ELSE length(i.name_key) END * 1000 + i.ordinal) " +
            // Cities and years go into the index match too, so FTS5 intersects instead of returning every name match.
            $"FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE i.id IN ({matcher.Ids})");
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$m0", matcher.Expression);
        CompareFilters.Append(sql, command, query, "p");
        command.Parameters.AddWithValue("$term", string.Concat(SearchTerms.Parse(query.Indicator!)));
        command.CommandText = sql.Append(" GROUP BY i.project_id").ToString();
        var perProject = new List<CandidateRow>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) perProject.Add(Candidates.Read(reader, withIndicator: true));
        return CandidateCollapse.InDisplayOrder(CandidateCollapse.Collapse(perProject).Select(c => c.Row));
    }

    public IReadOnlyList<CompareRow> Budgets(CompareQuery query) => Stored("budget_compare_rows p WHERE 1 = 1", query);

    private IReadOnlyList<CompareRow> Stored(string tableAndCondition, CompareQuery query)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {StoredComparisons.RowColumns} FROM {tableAndCondition}");
        if (query.Category is not null) command.Parameters.AddWithValue("$category", query.Category);
        CompareFilters.Append(sql, command, query, "p");
        command.CommandText = sql.ToString();
        var rows = new List<CompareRow>();
        using (var r = command.ExecuteReader())
            while (r.Read())
                rows.Add(new CompareRow(Candidates.Text(r, 0), r.IsDBNull(1) ? null : r.GetInt32(1), r.GetString(2), Candidates.Text(r, 3),
                    Candidates.Text(r, 4), Candidates.Number(r, 5), Candidates.Text(r, 6), Candidates.Number(r, 7),
                    r.IsDBNull(8) ? null : r.GetInt64(8) != 0, Candidates.Number(r, 9), Candidates.Number(r, 10), Candidates.Number(r, 11),
                    r.GetInt32(12), r.GetInt32(13), r.GetString(14)));
        return CandidateCollapse.InDisplayOrder(rows);
    }
}
