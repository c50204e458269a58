using System.Data.Common;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>Adds the write-time compare tables (migration 4), the per-indicator-name ones (7) and their report kind (12), which fills them.</summary>
internal static class StoredComparisonsMigration
{
    private const string RowColumns =
        "city TEXT, year INTEGER, project TEXT NOT NULL, indicator TEXT, target_text TEXT, target_value REAL, actual_text TEXT, " +
        "actual_value REAL, met INTEGER, budget_wan REAL, actual_wan REAL, execution_rate_pct REAL, sources INTEGER NOT NULL, " +
        "agreeing INTEGER NOT NULL, file TEXT NOT NULL";

    public static void Run(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        Db.Execute(connection, transaction, dialect.Ddl(
            $"CREATE TABLE compare_rows (category TEXT NOT NULL, city_key TEXT, name_key TEXT NOT NULL, {RowColumns});" +
            // Reads go by category (then city and year); refreshes by project key across all categories.
            "CREATE INDEX compare_rows_by_category ON compare_rows(category, city_key, year);" +
            "CREATE INDEX compare_rows_by_project ON compare_rows(city_key, year, name_key);" +
            $"CREATE TABLE budget_compare_rows (city_key TEXT, name_key TEXT NOT NULL, {RowColumns});" +
            "CREATE INDEX budget_compare_rows_by_project ON budget_compare_rows(city_key, year, name_key);" +
            "CREATE INDEX projects_by_compare_key ON projects(city_key, year, name_key);"));
        // Filled by migration 12, which rebuilds every compare table once they all have their last column.
    }

    public static void AddNameRows(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        Db.Execute(connection, transaction, dialect.Ddl(
            $"CREATE TABLE compare_name_rows (indicator_key TEXT NOT NULL, city_key TEXT, name_key TEXT NOT NULL, {RowColumns});" +
            "CREATE INDEX compare_name_rows_by_indicator ON compare_name_rows(indicator_key, city_key, year);" +
            "CREATE INDEX compare_name_rows_by_project ON compare_name_rows(city_key, year, name_key);"));
        // Filled by migration 12 (it once filled them here; the rows it wrote then lack the report kind that 12 adds).
    }

    /// <summary>Migration 12: the report kind joins the comparison key (a 目标表 and a 自评表 of one project are two reports).</summary>
    public static void AddReportKind(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        Db.Execute(connection, transaction,
            "ALTER TABLE compare_rows ADD COLUMN report_kind TEXT; ALTER TABLE budget_compare_rows ADD COLUMN report_kind TEXT; " +
            "ALTER TABLE compare_name_rows ADD COLUMN report_kind TEXT; " +
            "DROP INDEX compare_rows_by_project; DROP INDEX budget_compare_rows_by_project; DROP INDEX compare_name_rows_by_project; " +
            "DROP INDEX projects_by_compare_key; " +
            "CREATE INDEX compare_rows_by_project ON compare_rows(city_key, year, name_key, report_kind); " +
            "CREATE INDEX budget_compare_rows_by_project ON budget_compare_rows(city_key, year, name_key, report_kind); " +
            "CREATE INDEX compare_name_rows_by_project ON compare_name_rows(city_key, year, name_key, report_kind); " +
            "CREATE INDEX projects_by_compare_key ON projects(city_key, year, name_key, report_kind);");
        foreach (var table in new[] { "compare_rows", "budget_compare_rows", "compare_name_rows" })
            Db.Execute(connection, transaction, $"DELETE FROM {table}");
        StoredComparisons.Rebuild(connection, transaction);
    }
}
