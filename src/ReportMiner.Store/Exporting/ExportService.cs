using System.Text;
using System.Data.Common;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Exporting;

/// <summary>Reads the projects and indicators tables (filtered) as sheets.</summary>
public sealed class ExportService(DbConnection connection)
{
    public Sheet Projects(ExportFilter filter) => Query("projects",
        "SELECT p.id AS project_id, d.path AS document, d.format, d.document_kind, d.sha256, p.name, p.province, p.city, p.district, p.year, p.department, " +
        "p.report_kind, p.budget_wan, p.budget_initial_wan, p.budget_adjusted_wan, p.actual_wan, p.execution_rate_pct, p.score, p.grade FROM projects p JOIN documents d ON d.id = p.document_id",
        filter, categoryJoin: "EXISTS (SELECT 1 FROM indicators c WHERE c.project_id = p.id AND c.category = @category)", order: "p.id");

    public Sheet Indicators(ExportFilter filter) => Query("indicators",
        "SELECT i.id AS indicator_id, p.id AS project_id, p.city, p.year, p.name AS project, i.level1, i.level2, i.name, i.category, " +
        "i.target_text, i.target_op, i.target_value, i.target_unit, i.actual_text, i.actual_op, i.actual_value, i.actual_unit, " +
        "i.weight, i.score, i.met, d.path AS document, i.source_page, i.source_table, i.source_row, i.source_snippet " +
        "FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id",
        filter, categoryJoin: "i.category = @category", order: "p.id, i.ordinal");

    private Sheet Query(string name, string select, ExportFilter filter, string categoryJoin, string order)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder(select).Append(" WHERE 1 = 1");
        CompareFilters.Append(sql, command, filter.Cities, filter.Years, "p");
        if (filter.Category is not null)
        {
            sql.Append(" AND ").Append(categoryJoin);
            Db.Add(command, "@category", filter.Category);
        }
        command.CommandText = sql.Append(" ORDER BY ").Append(order).ToString();
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return new Sheet(name, columns, rows);
    }
}
