using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Comparing;

/// <summary>
/// Keeps compare_rows (one collapsed row per category × project key) and budget_compare_rows (one per project key)
/// in step with the projects, so a comparison reads thousands of finished rows instead of collapsing every copy.
/// Callers refresh the keys a write touched inside the write's own transaction. On PostgreSQL each key is locked
/// first, so concurrent writers of copies of one report refresh it one after the other, each seeing the other's
/// committed copies (read committed reads a fresh snapshot per statement).
/// </summary>
internal static class StoredComparisons
{
    public const string RowColumns = "city, year, project, indicator, target_text, target_value, actual_text, actual_value, met, " +
                                     "budget_wan, actual_wan, execution_rate_pct, sources, agreeing, file";

    public static void Refresh(DbConnection connection, DbTransaction transaction, IEnumerable<ComparisonKey> keys)
    {
        var ordered = keys.Distinct().ToArray();
        SqlDialect.Of(connection).LockKeys(connection, transaction, ordered.Select(LockName));
        foreach (var key in ordered) RefreshKey(connection, transaction, key);
    }

    /// <summary>Recomputes every stored row from the projects, for the migration that introduces the tables.</summary>
    public static void Rebuild(DbConnection connection, DbTransaction transaction)
    {
        var keys = new List<ComparisonKey>();
        using (var select = Db.Command(connection, transaction, "SELECT DISTINCT city_key, year, name_key FROM projects"))
        using (var reader = select.ExecuteReader())
            while (reader.Read()) keys.Add(new ComparisonKey(Db.Text(reader, 0), Db.Int(reader, 1), reader.GetString(2)));
        Refresh(connection, transaction, keys);
    }

    // compare_name_rows arrives with migration 7; the migration that builds the first two runs before it exists.
    private static string[] Tables => ["compare_rows", "budget_compare_rows", "compare_name_rows"];

    private static string LockName(ComparisonKey key) => $"compare\u0001{key.CityKey}\u0001{key.Year}\u0001{key.NameKey}";

    private static void RefreshKey(DbConnection connection, DbTransaction transaction, ComparisonKey key)
    {
        var match = Candidates.KeyMatch(key, "p");
        foreach (var table in Tables)
        {
            using var delete = Keyed(connection, transaction, key, $"DELETE FROM {table} AS p WHERE {match}");
            delete.ExecuteNonQuery();
        }
        // One indicator stands for each project and category, and for each project and indicator name: the first in the report.
        var byCategory = new List<(string Category, CandidateRow Row)>();
        var byName = new List<(string Name, CandidateRow Row)>();
        using (var select = Keyed(connection, transaction, key,
                   $"SELECT {Candidates.ProjectColumns}, {Candidates.IndicatorColumns}, i.category, p.id, i.name_key " +
                   "FROM projects p JOIN documents d ON d.id = p.document_id JOIN indicators i ON i.project_id = p.id " +
                   $"WHERE {match} ORDER BY p.id, i.ordinal"))
        using (var reader = select.ExecuteReader())
        {
            var seenCategories = new HashSet<(long, string)>();
            var seenNames = new HashSet<(long, string)>();
            while (reader.Read())
            {
                var project = Db.Long(reader, 17);
                var category = Db.Text(reader, 16);
                var name = reader.GetString(18);
                var categoryIsNew = category is not null && seenCategories.Add((project, category));
                var nameIsNew = seenNames.Add((project, name));
                if (!categoryIsNew && !nameIsNew) continue;
                var row = Candidates.Read(reader, withIndicator: true);
                if (categoryIsNew) byCategory.Add((category!, row));
                if (nameIsNew) byName.Add((name, row));
            }
        }
        Insert(connection, transaction, "compare_rows", "category", key, byCategory.GroupBy(c => c.Category, StringComparer.Ordinal)
            .SelectMany(category => CandidateCollapse.Collapse(category.Select(c => c.Row)).Select(collapsed => ((string?)category.Key, collapsed.Row))));
        Insert(connection, transaction, "compare_name_rows", "indicator_key", key, byName.GroupBy(c => c.Name, StringComparer.Ordinal)
            .SelectMany(name => CandidateCollapse.Collapse(name.Select(c => c.Row)).Select(collapsed => ((string?)name.Key, collapsed.Row))));
        var projects = new List<CandidateRow>();
        using (var select = Keyed(connection, transaction, key,
                   $"SELECT {Candidates.ProjectColumns} FROM projects p JOIN documents d ON d.id = p.document_id WHERE {match}"))
        using (var reader = select.ExecuteReader())
            while (reader.Read()) projects.Add(Candidates.Read(reader, withIndicator: false));
        Insert(connection, transaction, "budget_compare_rows", null, key, CandidateCollapse.Collapse(projects).Select(c => ((string?)null, c.Row)));
    }

    private static DbCommand Keyed(DbConnection connection, DbTransaction transaction, ComparisonKey key, string sql)
    {
        var command = Db.Command(connection, transaction, sql, ("@name", key.NameKey));
        if (key.CityKey is not null) Db.Add(command, "@city", key.CityKey);
        if (key.Year is not null) Db.Add(command, "@year", key.Year.Value);
        return command;
    }

    // The key's year is the row's own year column (the collapsed copies share it). All rows of a table go in one statement.
    private static void Insert(DbConnection connection, DbTransaction transaction, string table, string? extraColumn, ComparisonKey key,
        IEnumerable<(string? Extra, CompareRow Row)> rows)
    {
        var columns = (extraColumn is null ? [] : new[] { extraColumn }).Concat(["city_key", "name_key"]).Concat(RowColumns.Split(", ")).ToArray();
        var values = rows.Select(r => (extraColumn is null ? [] : new object?[] { r.Extra }).Concat(new object?[]
        {
            key.CityKey, key.NameKey, r.Row.City, r.Row.Year, r.Row.Project, r.Row.Indicator, r.Row.Target, r.Row.TargetValue, r.Row.Actual,
            r.Row.ActualValue, r.Row.Met is null ? null : r.Row.Met.Value ? 1 : 0, r.Row.BudgetWan, r.Row.ActualWan, r.Row.ExecutionRatePct,
            r.Row.Sources, r.Row.Agreeing, r.Row.File,
        }).ToArray()).ToArray();
        Writing.RowInserts.Insert(connection, transaction, table, columns, values);
    }
}
