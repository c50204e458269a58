using Microsoft.Data.Sqlite;

namespace ReportMiner.Store.Comparing;

/// <summary>
/// Keeps compare_rows (one collapsed row per category × project key) and budget_compare_rows (one per project key)
/// in step with the projects, so a comparison reads thousands of finished rows instead of collapsing every copy.
/// Callers refresh the keys a write touched inside the write's own transaction.
/// </summary>
internal static class StoredComparisons
{
    public const string RowColumns = "city, year, project, indicator, target_text, target_value, actual_text, actual_value, met, " +
                                     "budget_wan, actual_wan, execution_rate_pct, sources, agreeing, file";

    private const string KeyMatch = "p.city_key IS $city AND p.year IS $year AND p.name_key = $name";

    // One indicator stands for each project and category: the first in the report (SQLite takes the other columns from the MIN row).
    private const string IndicatorCandidates =
        $"SELECT {Candidates.ProjectColumns}, {Candidates.IndicatorColumns}, i.category, MIN(i.ordinal) " +
        $"FROM projects p JOIN documents d ON d.id = p.document_id JOIN indicators i ON i.project_id = p.id " +
        $"WHERE {KeyMatch} AND i.category IS NOT NULL GROUP BY p.id, i.category";

    private const string BudgetCandidates =
        $"SELECT {Candidates.ProjectColumns} FROM projects p JOIN documents d ON d.id = p.document_id WHERE {KeyMatch}";

    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<ComparisonKey> keys)
    {
        using var refresher = new KeyRefresher(connection, transaction);
        foreach (var key in keys.Distinct()) refresher.Refresh(key);
    }

    /// <summary>Recomputes every stored row from the projects, for the migration that introduces the tables.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        var keys = new List<ComparisonKey>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT DISTINCT city_key, year, name_key FROM projects";
            using var reader = select.ExecuteReader();
            while (reader.Read())
                keys.Add(new ComparisonKey(Candidates.Text(reader, 0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.GetString(2)));
        }
        Refresh(connection, transaction, keys);
    }

    /// <summary>Prepared commands reused across keys: a document write refreshes few keys, a rebuild many thousands.</summary>
    private sealed class KeyRefresher : IDisposable
    {
        private readonly SqliteCommand[] _commands;
        private readonly SqliteCommand _deleteIndicatorRows, _deleteBudgetRows, _indicators, _budgets, _insertIndicatorRow, _insertBudgetRow;

        public KeyRefresher(SqliteConnection connection, SqliteTransaction transaction)
        {
            _deleteIndicatorRows = Keyed(connection, transaction, "DELETE FROM compare_rows AS p WHERE " + KeyMatch);
            _deleteBudgetRows = Keyed(connection, transaction, "DELETE FROM budget_compare_rows AS p WHERE " + KeyMatch);
            _indicators = Keyed(connection, transaction, IndicatorCandidates);
            _budgets = Keyed(connection, transaction, BudgetCandidates);
            _insertIndicatorRow = Insert(connection, transaction, "compare_rows", "category, city_key, name_key");
            _insertBudgetRow = Insert(connection, transaction, "budget_compare_rows", "city_key, name_key");
            _commands = [_deleteIndicatorRows, _deleteBudgetRows, _indicators, _budgets, _insertIndicatorRow, _insertBudgetRow];
        }

        public void Refresh(ComparisonKey key)
        {
            foreach (var command in _commands) Bind(command, key);
            _deleteIndicatorRows.ExecuteNonQuery();
            _deleteBudgetRows.ExecuteNonQuery();
            var byCategory = new List<(string Category, CandidateRow Row)>();
            using (var reader = _indicators.ExecuteReader())
                while (reader.Read()) byCategory.Add((reader.GetString(16), Candidates.Read(reader, withIndicator: true)));
            foreach (var category in byCategory.GroupBy(c => c.Category, StringComparer.Ordinal))
                foreach (var (_, row) in CandidateCollapse.Collapse(category.Select(c => c.Row)))
                    Write(_insertIndicatorRow, row, category.Key);
            var projects = new List<CandidateRow>();
            using (var reader = _budgets.ExecuteReader())
                while (reader.Read()) projects.Add(Candidates.Read(reader, withIndicator: false));
            foreach (var (_, row) in CandidateCollapse.Collapse(projects)) Write(_insertBudgetRow, row, null);
        }

        public void Dispose()
        {
            foreach (var command in _commands) command.Dispose();
        }

        private static void Write(SqliteCommand insert, CompareRow row, string? category)
        {
            object?[] values = [category, row.City, row.Year, row.Project, row.Indicator, row.Target, row.TargetValue, row.Actual,
                row.ActualValue, row.Met is null ? null : row.Met.Value ? 1 : 0, row.BudgetWan, row.ActualWan, row.ExecutionRatePct,
                row.Sources, row.Agreeing, row.File];
            for (var i = 0; i < values.Length; i++) insert.Parameters[$"$v{i}"].Value = values[i] ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        private static SqliteCommand Keyed(SqliteConnection connection, SqliteTransaction transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            // Untyped parameters: each value binds as what it is (REAL stays REAL, NULL stays NULL).
            foreach (var name in new[] { "$city", "$year", "$name" }) command.Parameters.AddWithValue(name, DBNull.Value);
            return command;
        }

        // The key's year is the row's own year column (the collapsed copies share it).
        private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string keyColumns)
        {
            var withCategory = keyColumns.StartsWith("category", StringComparison.Ordinal);
            var keyValues = withCategory ? "$v0, $city, $name" : "$city, $name";
            var values = string.Join(", ", Enumerable.Range(1, 15).Select(i => $"$v{i}"));
            var command = Keyed(connection, transaction, $"INSERT INTO {table} ({keyColumns}, {RowColumns}) VALUES ({keyValues}, {values})");
            for (var i = 0; i < 16; i++) command.Parameters.AddWithValue($"$v{i}", DBNull.Value);
            return command;
        }

        private static void Bind(SqliteCommand command, ComparisonKey key)
        {
            command.Parameters["$city"].Value = (object?)key.CityKey ?? DBNull.Value;
            command.Parameters["$year"].Value = (object?)key.Year ?? DBNull.Value;
            command.Parameters["$name"].Value = key.NameKey;
        }
    }
}
