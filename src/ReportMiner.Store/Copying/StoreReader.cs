using System.Data.Common;
using System.Text.Json;
using ReportMiner.Extraction.Records;
using ReportMiner.Store.Data;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Copying;

/// <summary>Reads stored documents back as the entries they were written from (record, pages, failure).</summary>
internal static class StoreReader
{
    public static IReadOnlyList<long> DocumentIds(DbConnection connection)
    {
        var ids = new List<long>();
        using var command = Db.Command(connection, null, "SELECT id FROM documents ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(Db.Long(reader, 0));
        return ids;
    }

    public static IReadOnlyDictionary<string, string> ShaByPath(DbConnection connection)
    {
        var shas = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = Db.Command(connection, null, "SELECT path, sha256 FROM documents");
        using var reader = command.ExecuteReader();
        while (reader.Read()) shas[reader.GetString(0)] = reader.GetString(1);
        return shas;
    }

    public static IReadOnlyList<DocumentEntry> Entries(DbConnection connection, IReadOnlyList<long> documentIds)
    {
        var dialect = SqlDialect.Of(connection);
        var pages = new Dictionary<long, List<PageText>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT document_id, page, text FROM document_pages WHERE " +
                                  dialect.InList(command, "document_id", "@ids", documentIds) + " ORDER BY document_id, id";
            using var r = command.ExecuteReader();
            while (r.Read()) ListOf(pages, Db.Long(r, 0)).Add(new PageText(Convert.ToInt32(r.GetValue(1)), r.GetString(2)));
        }
        var indicators = new Dictionary<long, List<IndicatorRecord>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT i.project_id, i.level1, i.level2, i.name, i.category, i.target_text, i.target_op, i.target_value, i.target_unit, " +
                "i.actual_text, i.actual_op, i.actual_value, i.actual_unit, i.weight, i.score, i.met, i.source_page, i.source_table, " +
                "i.source_row, i.source_snippet FROM indicators i JOIN projects p ON p.id = i.project_id WHERE " +
                dialect.InList(command, "p.document_id", "@ids", documentIds) + " ORDER BY i.project_id, i.ordinal";
            using var r = command.ExecuteReader();
            while (r.Read())
                ListOf(indicators, Db.Long(r, 0)).Add(new IndicatorRecord
                {
                    Level1 = Db.Text(r, 1), Level2 = Db.Text(r, 2), Name = r.GetString(3), Category = Db.Text(r, 4),
                    Target = QuantityOf(r, 5), Actual = QuantityOf(r, 9), Weight = Db.Number(r, 13), Score = Db.Number(r, 14), Met = Db.Flag(r, 15),
                    Source = r.IsDBNull(16) ? null : new SourceRef(Convert.ToInt32(r.GetValue(16)), Db.Int(r, 17), Db.Int(r, 18), Db.Text(r, 19) ?? ""),
                });
        }
        var projects = new Dictionary<long, List<ProjectRecord>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT document_id, id, name, province, city, district, year, department, report_kind, budget_wan, budget_initial_wan, " +
                "budget_adjusted_wan, actual_wan, execution_rate_pct, score, grade, warnings, sources FROM projects WHERE " +
                dialect.InList(command, "document_id", "@ids", documentIds) + " ORDER BY document_id, ordinal";
            using var r = command.ExecuteReader();
            while (r.Read())
                ListOf(projects, Db.Long(r, 0)).Add(new ProjectRecord
                {
                    Name = r.GetString(2), Province = Db.Text(r, 3), City = Db.Text(r, 4), District = Db.Text(r, 5), Year = Db.Int(r, 6),
                    Department = Db.Text(r, 7), ReportKind = Db.Text(r, 8), BudgetWan = Db.Number(r, 9), BudgetInitialWan = Db.Number(r, 10),
                    BudgetAdjustedWan = Db.Number(r, 11), ActualWan = Db.Number(r, 12), ExecutionRatePct = Db.Number(r, 13), Score = Db.Number(r, 14),
                    Grade = Db.Text(r, 15),
                    Warnings = JsonSerializer.Deserialize<string[]>(r.GetString(16), RecordJson.Options) ?? [],
                    Sources = JsonSerializer.Deserialize<Dictionary<string, SourceRef>>(r.GetString(17), RecordJson.Options) ?? [],
                    Indicators = indicators.GetValueOrDefault(Db.Long(r, 1)) ?? [],
                });
        }
        var entries = new List<DocumentEntry>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, path, sha256, format, size, status, error_kind, error, document_kind, warnings FROM documents WHERE " +
                                  dialect.InList(command, "id", "@ids", documentIds) + " ORDER BY id";
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var id = Db.Long(r, 0);
                var (path, sha, format, size) = (r.GetString(1), r.GetString(2), r.GetString(3), Db.Long(r, 4));
                entries.Add(r.GetString(5) == "failed"
                    ? DocumentEntry.Failure(path, sha, format, size, Db.Text(r, 6) ?? "Unknown", Db.Text(r, 7) ?? "")
                    : new DocumentEntry
                    {
                        Path = path, Sha256 = sha, Format = format, Size = size, Pages = pages.GetValueOrDefault(id) ?? [],
                        Record = new DocumentRecord
                        {
                            File = Path.GetFileName(path), Sha256 = sha, Format = format, DocumentKind = Db.Text(r, 8),
                            Projects = projects.GetValueOrDefault(id) ?? [],
                            Warnings = JsonSerializer.Deserialize<string[]>(r.GetString(9), RecordJson.Options) ?? [],
                        },
                    });
            }
        }
        return entries;
    }

    private static Quantity? QuantityOf(DbDataReader r, int at) =>
        r.IsDBNull(at) && r.IsDBNull(at + 2) ? null : new Quantity(Db.Text(r, at) ?? "", Db.Text(r, at + 1), Db.Number(r, at + 2), Db.Text(r, at + 3));

    private static List<T> ListOf<T>(Dictionary<long, List<T>> lists, long key) =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];
}
