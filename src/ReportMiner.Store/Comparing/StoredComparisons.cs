using System.Data.Common;
using ReportMiner.Store.Data;

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

    public static void Refresh(DbConnection connection, DbTransaction transaction, IEnumerable<ComparisonKey> keys)
    {
        var ordered = keys.Distinct().ToArray();
        SqlDialect.Of(connection).LockKeys(connection, transaction, ordered.Select(ReportKeys.LockName));
        foreach (var key in ordered) RefreshKey(connection, transaction, key);
    }

    /// <summary>Recomputes every stored row from the projects, for the migrations that introduce or re-key the tables.</summary>
    public static void Rebuild(DbConnection connection, DbTransaction transaction) =>
        Refresh(connection, transaction, ReportKeys.OfDocuments(connection, transaction, null));

    // compare_name_rows arrives with migration 7; the migration that builds the first two runs before it exists.
    private static string[] Tables => ["compare_rows", "budget_compare_rows", "compare_name_rows"];

    private static void RefreshKey(DbConnection connection, DbTransaction transaction, ComparisonKey key)
    {
        foreach (var table in Tables)
        {
            using var delete = Db.Command(connection, transaction, "");
            delete.CommandText = $"DELETE FROM {table} AS p WHERE {ReportKeys.Match(delete, key, "p")}";
            delete.ExecuteNonQuery();
        }
        // One indicator stands for each project and category, and for each project and indicator name: the first in the report.
        var byCategory = new List<(string Category, CandidateRow Row)>();
        var byName = new List<(string Name, CandidateRow Row)>();
        var seenCategories = new HashSet<(long, string)>();
        var seenNames = new HashSet<(long, string)>();
        var extra = Candidates.After(withIndicator: true);
        ReportKeys.ReadProjects(connection, transaction, [key],
            $"{Candidates.ProjectColumns}, {Candidates.IndicatorColumns}, i.category, p.id, i.name_key",
            "JOIN documents d ON d.id = p.document_id JOIN indicators i ON i.project_id = p.id", "p.id, i.ordinal", (rowKey, reader) =>
            {
                var category = Db.Text(reader, extra);
                var project = Db.Long(reader, extra + 1);
                var name = reader.GetString(extra + 2);
                var categoryIsNew = category is not null && seenCategories.Add((project, category));
                var nameIsNew = seenNames.Add((project, name));
                if (!categoryIsNew && !nameIsNew) return;
                var row = Candidates.Read(rowKey, reader, withIndicator: true);
                if (categoryIsNew) byCategory.Add((category!, row));
                if (nameIsNew) byName.Add((name, row));
            });
        Insert(connection, transaction, "compare_rows", "category", key, byCategory.GroupBy(c => c.Category, StringComparer.Ordinal)
            .SelectMany(category => CandidateCollapse.Collapse(category.Select(c => c.Row)).Select(collapsed => ((string?)category.Key, collapsed.Row))));
        Insert(connection, transaction, "compare_name_rows", "indicator_key", key, byName.GroupBy(c => c.Name, StringComparer.Ordinal)
            .SelectMany(name => CandidateCollapse.Collapse(name.Select(c => c.Row)).Select(collapsed => ((string?)name.Key, collapsed.Row))));
        var projects = new List<CandidateRow>();
        ReportKeys.ReadProjects(connection, transaction, [key], Candidates.ProjectColumns, "JOIN documents d ON d.id = p.document_id", null,
            (rowKey, reader) => projects.Add(Candidates.Read(rowKey, reader, withIndicator: false)));
        Insert(connection, transaction, "budget_compare_rows", null, key, CandidateCollapse.Collapse(projects).Select(c => ((string?)null, c.Row)));
    }

    // The key's year is the row's own year column (the collapsed copies share it). All rows of a table go in one statement.
    private static void Insert(DbConnection connection, DbTransaction transaction, string table, string? extraColumn, ComparisonKey key,
        IEnumerable<(string? Extra, CompareRow Row)> rows)
    {
        var columns = (extraColumn is null ? [] : new[] { extraColumn }).Concat(["city_key", "name_key", "report_kind"])
            .Concat(RowColumns.Split(", ")).ToArray();
        var values = rows.Select(r => (extraColumn is null ? [] : new object?[] { r.Extra }).Concat(new object?[]
        {
            key.CityKey, key.NameKey, key.ReportKind, r.Row.City, r.Row.Year, r.Row.Project, r.Row.Indicator, r.Row.Target, r.Row.TargetValue, r.Row.Actual,
            r.Row.ActualValue, r.Row.Met is null ? null : r.Row.Met.Value ? 1 : 0, r.Row.BudgetWan, r.Row.ActualWan, r.Row.ExecutionRatePct,
            r.Row.Sources, r.Row.Agreeing, r.Row.File,
        }).ToArray()).ToArray();
        Writing.RowInserts.Insert(connection, transaction, table, columns, values);
    }
}
