using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>
/// Migration 13: a comparison by category reads its rows in display order (city, year, project, report kind, then the key)
/// straight from an index instead of sorting them. The order matches <c>CompareService</c>'s ORDER BY on each engine.
/// </summary>
internal static class CompareOrderMigration
{
    private const string Shown = "indicator, target_text, target_value, actual_text, actual_value, met, budget_wan, actual_wan, " +
                                 "execution_rate_pct, sources, agreeing, file";

    public static void Run(DbConnection connection, DbTransaction transaction, SqlDialect dialect) =>
        Db.Execute(connection, transaction, dialect.Engine == StoreEngine.Sqlite
            // SQLite sorts NULL first and text by code point already. The shown columns ride along, so the rows of a
            // category are read from one stretch of the index rather than looked up one by one in the table.
            ? $"CREATE INDEX compare_rows_in_order ON compare_rows(category, city, year, project, report_kind, city_key, name_key, {Shown})"
            // PostgreSQL spells out the order. Document text stays out of the index: a b-tree entry is limited to about 2.7 kB.
            : "CREATE INDEX compare_rows_in_order ON compare_rows(category, city COLLATE \"C\" NULLS FIRST, year NULLS FIRST, " +
              "project COLLATE \"C\", report_kind COLLATE \"C\" NULLS FIRST, city_key COLLATE \"C\" NULLS FIRST, name_key COLLATE \"C\")");
}
