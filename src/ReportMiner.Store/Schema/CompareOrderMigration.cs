using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>
/// Migration 13: on SQLite a comparison by category reads its rows in display order (city, year, project, report kind,
/// then the key) from one stretch of an index that also holds the shown columns, instead of looking each row up in
/// the table and sorting them; SQLite already sorts NULL first and text by code point, as <c>CompareService</c> asks.
/// PostgreSQL gets no such index: its planner preferred a bitmap scan and an in-memory sort of the few thousand rows
/// over it at 1M indicator rows, and a covering index could not hold long document text (a b-tree entry is limited
/// to about 2.7 kB there).
/// </summary>
internal static class CompareOrderMigration
{
    public static Migration Step { get; } = Migration.Only(StoreEngine.Sqlite,
        "compare rows of a category are read in display order from an index, without a sort",
        "CREATE INDEX compare_rows_in_order ON compare_rows(category, city, year, project, report_kind, city_key, name_key, " +
        "indicator, target_text, target_value, actual_text, actual_value, met, budget_wan, actual_wan, execution_rate_pct, sources, agreeing, file)");
}
