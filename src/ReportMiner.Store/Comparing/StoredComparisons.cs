using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Comparing;

/// <summary>
/// Keeps compare_rows (one collapsed row per category × report key) and budget_compare_rows (one per report key)
/// in step with the projects, so a comparison reads thousands of finished rows instead of collapsing every copy.
/// Callers refresh the keys a write touched inside the write's own transaction. On PostgreSQL each key is locked
/// first, so concurrent writers of copies of one report refresh it one after the other, each seeing the other's
/// committed copies (read committed reads a fresh snapshot per statement).
/// </summary>
internal static class StoredComparisons
{
    public const string RowColumns = "city, year, project, indicator, target_text, target_value, actual_text, actual_value, met, " +
                                     "budget_wan, actual_wan, execution_rate_pct, sources, agreeing, file";


    /// <summary>
    /// Recomputes the rows of <paramref name="keys"/>, the new rows' inserts appended to <paramref name="inserts"/> (sent by
    /// the caller) when given. All keys go together: on PostgreSQL one round trip locks them, deletes their rows and reads
    /// their projects (a few hundred keys per statement), one more writes the new rows, instead of nine round trips per key.
    /// <paramref name="reportIds"/> is false in migrations older than 21, which adds compare_name_rows.report_id and fills it.
    /// </summary>
    public static void Refresh(DbConnection connection, DbTransaction transaction, IEnumerable<ComparisonKey> keys, RowInserts.Statements? inserts,
        bool reportIds = true)
    {
        var ordered = keys.Distinct().ToArray();
        if (ordered.Length == 0) return;
        var dialect = SqlDialect.Of(connection);
        var own = inserts is null ? new RowInserts.Statements(connection, transaction) : null;
        try
        {
            var first = true;
            // 300 keys a statement: on PostgreSQL 1,200 named parameters; on SQLite, where a statement's parameters cost the square
            // of their number, one JSON parameter whatever their number (ReportKeys.Matching), so no smaller chunks there.
            foreach (var chunk in ordered.Chunk(300))
            {
                // The locks of all keys, in one sorted statement, before any of their rows is read.
                RefreshKeys(connection, transaction, chunk, first ? ordered : [], dialect, inserts ?? own!, reportIds);
                first = false;
            }
            own?.Flush();
        }
        finally { own?.Dispose(); }
    }

    /// <summary>Recomputes every stored row from the projects, for the migration that re-keyed the tables (12, before report ids).</summary>
    public static void Rebuild(DbConnection connection, DbTransaction transaction) =>
        Refresh(connection, transaction, ReportKeys.OfDocuments(connection, transaction, null), null, reportIds: false);

    // compare_name_rows arrives with migration 7; the migration that builds the first two runs before it exists.
    private static string[] Tables => ["compare_rows", "budget_compare_rows", "compare_name_rows"];

    private static void RefreshKeys(DbConnection connection, DbTransaction transaction, IReadOnlyList<ComparisonKey> keys,
        IReadOnlyList<ComparisonKey> locks, SqlDialect dialect, RowInserts.Statements inserts, bool reportIds)
    {
        // One indicator stands for each project and category, and for each project and indicator name: the first in the report.
        var byCategory = new List<(string Category, CandidateRow Row)>();
        var byName = new List<(string Name, CandidateRow Row)>();
        var projects = new List<CandidateRow>();
        // A report's identity in compare_name_rows: the smallest id among its projects (they come in id order).
        var reportIdOf = new Dictionary<ComparisonKey, long>();
        var seenCategories = new HashSet<(long, string)>();
        var seenNames = new HashSet<(long, string)>();
        var extra = Candidates.After(withIndicator: true);
        var lockSets = 0;
        var sqlite = dialect.Engine == StoreEngine.Sqlite;
        // Sent with the inserts the writer deferred until now (pages, indicators: the reads below must see them), in one round trip.
        using (var command = inserts.TakeWith((sqlite ? ReportKeys.MatchingParameters : keys.Count * 4) + 1, command =>
        {
            var sql = new StringBuilder();
            string projectIds;
            if (locks.Count > 0 && dialect.LockStatement(command, "@locks", locks.Select(ReportKeys.LockName)) is { } lockSql)
            {
                sql.Append(lockSql).Append(";\n");
                lockSets = 1;
            }
            if (sqlite)
            {
                // The keys as one JSON parameter, each looked up through the compare-key index, instead of four named parameters
                // a key, whose parsing and binding cost SQLite the square of their number. PostgreSQL keeps OR'ed matches (AnyOf).
                var matching = ReportKeys.Matching(command, keys);
                foreach (var table in Tables) sql.Append($"DELETE FROM {table} WHERE {ReportKeys.AmongRows(matching, dialect.Engine, table, "rowid", "rowid")};\n");
                projectIds = ReportKeys.AmongRows(matching, dialect.Engine, "projects", "id", "p.id");
            }
            else
            {
                projectIds = ReportKeys.AnyOf(command, keys, "p");
                foreach (var table in Tables) sql.Append($"DELETE FROM {table} AS p WHERE {projectIds};\n");
            }
            sql.Append($"SELECT {ReportKeys.Columns("p")}, {Candidates.ProjectColumns}, {Candidates.IndicatorColumns}, i.category, p.id, i.name_key ")
                .Append($"FROM projects p JOIN documents d ON d.id = p.document_id JOIN indicators i ON i.project_id = p.id WHERE {projectIds} ")
                .Append("ORDER BY p.id, i.ordinal;\n");
            sql.Append($"SELECT {ReportKeys.Columns("p")}, {Candidates.ProjectColumns}, p.id FROM projects p JOIN documents d ON d.id = p.document_id ")
                .Append($"WHERE {projectIds} ORDER BY p.id");
            return sql.ToString();
        }))
        {
            using var reader = command.ExecuteReader();
            // Statements without rows (the deletes) yield no result set; the lock statement yields one.
            for (var i = 0; i < lockSets; i++) reader.NextResult();
            while (reader.Read())
            {
                var category = Db.Text(reader, extra);
                var project = Db.Long(reader, extra + 1);
                var name = reader.GetString(extra + 2);
                var categoryIsNew = category is not null && seenCategories.Add((project, category));
                var nameIsNew = seenNames.Add((project, name));
                if (!categoryIsNew && !nameIsNew) continue;
                var row = Candidates.Read(ReportKeys.Read(reader, 0), reader, withIndicator: true);
                if (categoryIsNew) byCategory.Add((category!, row));
                if (nameIsNew) byName.Add((name, row));
            }
            reader.NextResult();
            while (reader.Read())
            {
                var project = Candidates.Read(ReportKeys.Read(reader, 0), reader, withIndicator: false);
                projects.Add(project);
                reportIdOf.TryAdd(project.Key, Db.Long(reader, Candidates.After(withIndicator: false)));
            }
        }
        Insert(inserts, "compare_rows", "category", byCategory.GroupBy(c => c.Category, StringComparer.Ordinal)
            .SelectMany(category => CandidateCollapse.Collapse(category.Select(c => c.Row)).Select(collapsed => ((string?)category.Key, collapsed.Key, collapsed.Row))), null);
        Insert(inserts, "compare_name_rows", "indicator_key", byName.GroupBy(c => c.Name, StringComparer.Ordinal)
            .SelectMany(name => CandidateCollapse.Collapse(name.Select(c => c.Row)).Select(collapsed => ((string?)name.Key, collapsed.Key, collapsed.Row))),
            reportIds ? reportIdOf : null);
        Insert(inserts, "budget_compare_rows", null, CandidateCollapse.Collapse(projects).Select(c => ((string?)null, c.Key, c.Row)), null);
    }

    // The key's year is the row's own year column (the collapsed copies share it). All rows of a table go in one statement.
    private static void Insert(RowInserts.Statements inserts, string table, string? extraColumn,
        IEnumerable<(string? Extra, ComparisonKey Key, CompareRow Row)> rows, Dictionary<ComparisonKey, long>? reportIdOf)
    {
        var columns = (extraColumn is null ? [] : new[] { extraColumn }).Concat(["city_key", "name_key", "report_kind"])
            .Concat(RowColumns.Split(", ")).Concat(reportIdOf is null ? [] : ["report_id"]).ToArray();
        var values = rows.Select(r => (extraColumn is null ? [] : new object?[] { r.Extra }).Concat(new object?[]
        {
            r.Key.CityKey, r.Key.NameKey, r.Key.ReportKind, r.Row.City, r.Row.Year, r.Row.Project, r.Row.Indicator, r.Row.Target, r.Row.TargetValue, r.Row.Actual,
            r.Row.ActualValue, r.Row.Met is null ? null : r.Row.Met.Value ? 1 : 0, r.Row.BudgetWan, r.Row.ActualWan, r.Row.ExecutionRatePct,
            r.Row.Sources, r.Row.Agreeing, r.Row.File,
        }).Concat(reportIdOf is null ? [] : new object?[] { reportIdOf[r.Key] }).ToArray()).ToArray();
        inserts.Insert(table, columns, values);
    }
}
