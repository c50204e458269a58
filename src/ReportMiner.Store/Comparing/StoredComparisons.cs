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
        foreach (var category in byCategory.GroupBy(c => c.Category, StringComparer.Ordinal))
            foreach (var (_, row) in CandidateCollapse.Collapse(category.Select(c => c.Row)))
                Insert(connection, transaction, "compare_rows", key, row, ("category", category.Key));
        foreach (var name in byName.GroupBy(c => c.Name, StringComparer.Ordinal))
            foreach (var (_, row) in CandidateCollapse.Collapse(name.Select(c => c.Row)))
                Insert(connection, transaction, "compare_name_rows", key, row, ("indicator_key", name.Key));
        var projects = new List<CandidateRow>();
        using (var select = Keyed(connection, transaction, key,
                   $"SELECT {Candidates.ProjectColumns} FROM projects p JOIN documents d ON d.id = p.document_id WHERE {match}"))
        using (var reader = select.ExecuteReader())
            while (reader.Read()) projects.Add(Candidates.Read(reader, withIndicator: false));
        foreach (var (_, row) in CandidateCollapse.Collapse(projects)) Insert(connection, transaction, "budget_compare_rows", key, row, null);
    }

    private static DbCommand Keyed(DbConnection connection, DbTransaction transaction, ComparisonKey key, string sql)
    {
        var command = Db.Command(connection, transaction, sql, ("@name", key.NameKey));
        if (key.CityKey is not null) Db.Add(command, "@city", key.CityKey);
        if (key.Year is not null) Db.Add(command, "@year", key.Year.Value);
        return command;
    }

    // The key's year is the row's own year column (the collapsed copies share it).
    private static void Insert(DbConnection connection, DbTransaction transaction, string table, ComparisonKey key, CompareRow row,
        (string Column, string Value)? extra)
    {
        var keyColumns = extra is null ? "city_key, name_key" : $"{extra.Value.Column}, city_key, name_key";
        var keyValues = extra is null ? "@ck, @nk" : "@extra, @ck, @nk";
        var values = string.Join(", ", Enumerable.Range(0, 15).Select(i => $"@v{i}"));
        using var command = Db.Command(connection, transaction, $"INSERT INTO {table} ({keyColumns}, {RowColumns}) VALUES ({keyValues}, {values})",
            ("@ck", key.CityKey), ("@nk", key.NameKey));
        if (extra is not null) Db.Add(command, "@extra", extra.Value.Value);
        object?[] row15 = [row.City, row.Year, row.Project, row.Indicator, row.Target, row.TargetValue, row.Actual,
            row.ActualValue, row.Met is null ? null : row.Met.Value ? 1 : 0, row.BudgetWan, row.ActualWan, row.ExecutionRatePct,
            row.Sources, row.Agreeing, row.File];
        for (var i = 0; i < row15.Length; i++) Db.Add(command, $"@v{i}", row15[i]);
        command.ExecuteNonQuery();
    }
}
