using System.Data.Common;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>Adds the write-time compare tables (migration 4) and the per-indicator-name ones (7), then fills them from the stored projects.</summary>
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
        // Filled by migration 7, which rebuilds every compare table once the last of them exists.
    }

    public static void AddNameRows(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        Db.Execute(connection, transaction, dialect.Ddl(
            $"CREATE TABLE compare_name_rows (indicator_key TEXT NOT NULL, city_key TEXT, name_key TEXT NOT NULL, {RowColumns});" +
            "CREATE INDEX compare_name_rows_by_indicator ON compare_name_rows(indicator_key, city_key, year);" +
            "CREATE INDEX compare_name_rows_by_project ON compare_name_rows(city_key, year, name_key);"));
        StoredComparisons.Rebuild(connection, transaction);
    }
}
