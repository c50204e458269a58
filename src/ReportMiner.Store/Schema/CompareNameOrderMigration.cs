using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>
/// Migration 20: on SQLite a comparison by indicator name reads each matching name's rows in display order (city, year,
/// project, report kind, then the key) from one stretch of an index that also holds the shown columns, instead of
/// looking each of them up in the table (`compare --indicator 接通率` at 1M rows: 7,758 rows joined, SQLite's statement
/// 97–102 → 67–74 ms in the sqlite3 shell, session 34). The (indicator, city, year) index stays: a comparison filtered by
/// city seeks it. IF NOT EXISTS: a store set back to an older version (the tests do) keeps it. PostgreSQL gets no such index, as for migration 13: a b-tree entry there is limited to about 2.7 kB,
/// which a row's project name and file name together may pass, and its planner reads the names' rows by a bitmap scan.
/// </summary>
internal static class CompareNameOrderMigration
{
    public static Migration Step { get; } = Migration.Only(StoreEngine.Sqlite,
        "compare rows of an indicator name are read in display order from an index that holds the shown columns",
        "CREATE INDEX IF NOT EXISTS compare_name_rows_in_order ON compare_name_rows(indicator_key, city, year, project, report_kind, city_key, name_key, " +
        "indicator, target_text, target_value, actual_text, actual_value, met, budget_wan, actual_wan, execution_rate_pct, sources, agreeing, file)");
}
