using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>
/// Migration 21: each compare row of an indicator name carries its report's identity as one integer, the smallest id among
/// the report's projects (a project belongs to one report, and a report's rows are rewritten together whenever its projects
/// change, so no two reports share it). A comparison that keeps each report's closest name then tells a report it has
/// already seen by one integer instead of four key columns. On SQLite migration 20's index is rebuilt with the column, so
/// it still covers every column a comparison reads. The column is added only when missing: tests set stores back to older
/// versions without dropping it, as for migration 20.
/// </summary>
internal static class CompareReportIdMigration
{
    public static Migration Step { get; } = new("compare rows of an indicator name carry their report's identity as one integer", Run);

    private static void Run(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        if (dialect.Engine == StoreEngine.Sqlite)
        {
            if (Convert.ToInt64(Db.Scalar(connection, transaction,
                    "SELECT COUNT(*) FROM pragma_table_info('compare_name_rows') WHERE name = 'report_id'")) == 0)
                Db.Execute(connection, transaction, "ALTER TABLE compare_name_rows ADD COLUMN report_id INTEGER");
            // IS matches a missing city, year or kind as a key does, through the projects' (city, year, name, kind) index.
            Db.Execute(connection, transaction,
                "UPDATE compare_name_rows SET report_id = (SELECT MIN(p.id) FROM projects p WHERE p.city_key IS compare_name_rows.city_key " +
                "AND p.year IS compare_name_rows.year AND p.name_key = compare_name_rows.name_key AND p.report_kind IS compare_name_rows.report_kind)");
        }
        else
        {
            Db.Execute(connection, transaction, "ALTER TABLE compare_name_rows ADD COLUMN IF NOT EXISTS report_id BIGINT");
            Db.Execute(connection, transaction,
                "UPDATE compare_name_rows c SET report_id = r.id FROM (SELECT city_key, year, report_kind, name_key, MIN(id) AS id FROM projects " +
                "GROUP BY city_key, year, report_kind, name_key) r WHERE r.name_key = c.name_key AND r.city_key IS NOT DISTINCT FROM c.city_key " +
                "AND r.year IS NOT DISTINCT FROM c.year AND r.report_kind IS NOT DISTINCT FROM c.report_kind");
        }
        // A row whose report has no project any more (none in a store this program wrote): it stands for no report, and a
        // comparison reads the column as never missing.
        Db.Execute(connection, transaction, "DELETE FROM compare_name_rows WHERE report_id IS NULL");
        if (dialect.Engine == StoreEngine.Sqlite)
            Db.Execute(connection, transaction,
                "DROP INDEX IF EXISTS compare_name_rows_in_order; " +
                "CREATE INDEX compare_name_rows_in_order ON compare_name_rows(indicator_key, city, year, project, report_kind, city_key, name_key, " +
                "indicator, target_text, target_value, actual_text, actual_value, met, budget_wan, actual_wan, execution_rate_pct, sources, agreeing, file, report_id)");
    }
}
