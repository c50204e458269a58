using System.Text;
using Microsoft.Data.Sqlite;
using ReportMiner.Store.Searching;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Comparing;

/// <summary>Compares one indicator, or the money, across cities and years, collapsing duplicate sources.</summary>
public sealed class CompareService(SqliteConnection connection)
{
    private const string ProjectColumns =
        "d.id, p.city, p.city_key, p.year, p.name, p.name_key, p.budget_wan, p.actual_wan, p.execution_rate_pct, d.path";

    public IReadOnlyList<CompareRow> Indicators(CompareQuery query)
    {
        if ((query.Category is null) == (query.Indicator is null))
            throw new StoreException("Compare needs exactly one of --category or --indicator (or --budgets).");
        var sql = new StringBuilder(
            $"SELECT {ProjectColumns}, i.name, i.target_text, i.target_value, i.actual_text, i.actual_value, i.met, " +
            // One indicator stands for each project: the closest name match (exact, ending with the term as in
            // 接通率, starting with it, then the shortest), else the first in the report. SQLite takes the other
            // columns from the row holding the MIN.
            "MIN(CASE WHEN $term = '' OR i.name_key = $term THEN 0 WHEN substr(i.name_key, -length($term)) = $term THEN 1 " +
            "WHEN substr(i.name_key, 1, length($term)) = $term THEN 2 ELSE 3 END * 1000000 " +
            "+ CASE WHEN $term = '' THEN 0 ELSE length(i.name_key) END * 1000 + i.ordinal) " +
            "FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE ");
        using var command = connection.CreateCommand();
        if (query.Category is not null)
        {
            sql.Append("i.category = $category");
            command.Parameters.AddWithValue("$category", query.Category);
        }
        else
        {
            // Cities and years go into the index match too, so FTS5 intersects instead of returning every name match.
            var matcher = IndicatorMatcher.For(SearchTerms.Parse(query.Indicator!), "name", query.Cities, query.Years, null);
            if (matcher.MatchesNothing) return [];
            sql.Append($"i.id IN ({matcher.Ids})");
            command.Parameters.AddWithValue("$m0", matcher.Expression);
        }
        AppendFilters(sql, command, query);
        command.Parameters.AddWithValue("$term", query.Indicator is null ? "" : string.Concat(SearchTerms.Parse(query.Indicator)));
        command.CommandText = sql.Append(" GROUP BY i.project_id").ToString();
        var perProject = new List<CandidateRow>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) perProject.Add(Read(reader, withIndicator: true));
        return Collapse(perProject);
    }

    public IReadOnlyList<CompareRow> Budgets(CompareQuery query)
    {
        var sql = new StringBuilder($"SELECT {ProjectColumns} FROM projects p JOIN documents d ON d.id = p.document_id WHERE 1 = 1");
        using var command = connection.CreateCommand();
        AppendFilters(sql, command, query);
        command.CommandText = sql.ToString();
        var rows = new List<CandidateRow>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) rows.Add(Read(reader, withIndicator: false));
        return Collapse(rows);
    }

    private static void AppendFilters(StringBuilder sql, SqliteCommand command, CompareQuery query)
    {
        if (query.Cities.Count > 0)
        {
            sql.Append(" AND p.city_key IN (SELECT value FROM json_each($cities))");
            var keys = query.Cities.Select(c => CityNames.Key(c) ?? c).Distinct();
            command.Parameters.AddWithValue("$cities", System.Text.Json.JsonSerializer.Serialize(keys));
        }
        if (query.Years.Count > 0)
        {
            sql.Append(" AND p.year IN (SELECT value FROM json_each($years))");
            command.Parameters.AddWithValue("$years", "[" + string.Join(',', query.Years) + "]");
        }
    }

    private static CandidateRow Read(SqliteDataReader r, bool withIndicator) => new(
        r.GetInt64(0), Text(r, 1), Text(r, 2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4), r.GetString(5), Number(r, 6),
        Number(r, 7), Number(r, 8), r.GetString(9),
        withIndicator ? r.GetString(10) : null, withIndicator ? Text(r, 11) : null, withIndicator ? Number(r, 12) : null,
        withIndicator ? Text(r, 13) : null, withIndicator ? Number(r, 14) : null,
        withIndicator && !r.IsDBNull(15) ? r.GetInt64(15) != 0 : null);

    private static IReadOnlyList<CompareRow> Collapse(IEnumerable<CandidateRow> rows) => rows
        .GroupBy(r => (r.CityKey, r.Year, r.ProjectKey))
        .Select(group =>
        {
            // The most complete version wins; among equally complete ones, the one most other sources agree with.
            var versions = group.ToArray();
            var best = versions.OrderByDescending(r => r.Completeness).ThenByDescending(r => versions.Count(r.AgreesWith))
                .ThenBy(r => r.File, StringComparer.Ordinal).First();
            var rate = best.ExecutionRatePct ?? (best.BudgetWan is > 0 && best.ActualWan is not null
                ? Math.Round(best.ActualWan.Value / best.BudgetWan.Value * 100, 2) : null);
            return new CompareRow(best.City, best.Year, best.Project, best.Indicator, best.Target, best.TargetValue, best.Actual,
                best.ActualValue, best.Met, best.BudgetWan, best.ActualWan, rate, group.Count(), group.Count(r => r.AgreesWith(best)), best.File);
        })
        .OrderBy(r => r.City, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Project, StringComparer.Ordinal)
        .ToArray();

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Number(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
