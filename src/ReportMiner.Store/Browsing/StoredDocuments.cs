using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Store.Browsing;

/// <summary>One stored file and what was extracted from it, rebuilt as extraction records.</summary>
public sealed record StoredDocument(
    string Path, string Sha256, string Format, long Size, string Status, string? ErrorKind, string? Error, int? PageCount,
    string ImportedAt, IReadOnlyList<StoredProject> Projects, IReadOnlyList<string> OtherPaths);

/// <summary>A stored project with the store ids of its indicators (same order as <see cref="ProjectRecord.Indicators"/>).</summary>
public sealed record StoredProject(long Id, ProjectRecord Record, IReadOnlyList<long> IndicatorIds);

/// <summary>A row of the document list.</summary>
public sealed record DocumentSummary(string Sha256, string Path, string Format, string Status, string? City, int? Year, string? Project, int Indicators);

public sealed class StoredDocuments(SqliteConnection connection)
{
    /// <summary>The document with this content hash (the first path it was stored under), or null.</summary>
    public StoredDocument? Find(string sha256)
    {
        var paths = new List<(long Id, string Path, string Format, long Size, string Status, string? Kind, string? Error, int? Pages, string At)>();
        using (var command = Command("SELECT id, path, format, size, status, error_kind, error, page_count, imported_at FROM documents " +
                                     "WHERE sha256 = $sha ORDER BY status = 'imported' DESC, path", ("$sha", sha256)))
        using (var r = command.ExecuteReader())
            while (r.Read())
                paths.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetString(4), Text(r, 5), Text(r, 6),
                    r.IsDBNull(7) ? null : r.GetInt32(7), r.GetString(8)));
        if (paths.Count == 0) return null;
        var first = paths[0];
        return new StoredDocument(first.Path, sha256, first.Format, first.Size, first.Status, first.Kind, first.Error, first.Pages, first.At,
            Projects(first.Id), paths.Skip(1).Select(p => p.Path).ToArray());
    }

    /// <summary>Documents, newest first, optionally only those whose path contains some text.</summary>
    public IReadOnlyList<DocumentSummary> List(int limit, int offset = 0)
    {
        using var command = Command(
            "SELECT d.sha256, d.path, d.format, d.status, p.city, p.year, p.name, " +
            "(SELECT COUNT(*) FROM indicators i JOIN projects q ON q.id = i.project_id WHERE q.document_id = d.id) " +
            "FROM documents d LEFT JOIN projects p ON p.document_id = d.id AND p.ordinal = 0 ORDER BY d.id DESC LIMIT $limit OFFSET $offset",
            ("$limit", limit), ("$offset", offset));
        var list = new List<DocumentSummary>();
        using var r = command.ExecuteReader();
        while (r.Read())
            list.Add(new DocumentSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4),
                r.IsDBNull(5) ? null : r.GetInt32(5), Text(r, 6), r.GetInt32(7)));
        return list;
    }

    private List<StoredProject> Projects(long documentId)
    {
        var projects = new List<(long Id, ProjectRecord Record)>();
        using (var command = Command(
                   "SELECT id, name, province, city, district, year, department, report_kind, budget_wan, actual_wan, execution_rate_pct, " +
                   "score, grade, warnings, sources FROM projects WHERE document_id = $doc ORDER BY ordinal", ("$doc", documentId)))
        using (var r = command.ExecuteReader())
            while (r.Read())
                projects.Add((r.GetInt64(0), new ProjectRecord
                {
                    Name = r.GetString(1), Province = Text(r, 2), City = Text(r, 3), District = Text(r, 4),
                    Year = r.IsDBNull(5) ? null : r.GetInt32(5), Department = Text(r, 6), ReportKind = Text(r, 7), BudgetWan = Number(r, 8),
                    ActualWan = Number(r, 9), ExecutionRatePct = Number(r, 10), Score = Number(r, 11), Grade = Text(r, 12),
                    Warnings = JsonSerializer.Deserialize<List<string>>(r.GetString(13), RecordJson.Options) ?? [],
                    Sources = JsonSerializer.Deserialize<Dictionary<string, SourceRef>>(r.GetString(14), RecordJson.Options) ?? [],
                }));
        return projects.Select(p =>
        {
            var (ids, indicators) = Indicators(p.Id);
            return new StoredProject(p.Id, p.Record with { Indicators = indicators }, ids);
        }).ToList();
    }

    private (List<long> Ids, List<IndicatorRecord> Records) Indicators(long projectId)
    {
        var ids = new List<long>();
        var records = new List<IndicatorRecord>();
        using var command = Command(
            "SELECT id, level1, level2, name, category, target_text, target_op, target_value, target_unit, actual_text, actual_op, actual_value, " +
            "actual_unit, weight, score, met, source_page, source_table, source_row, source_snippet FROM indicators WHERE project_id = $p ORDER BY ordinal",
            ("$p", projectId));
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            ids.Add(r.GetInt64(0));
            records.Add(new IndicatorRecord
            {
                Level1 = Text(r, 1), Level2 = Text(r, 2), Name = r.GetString(3), Category = Text(r, 4),
                Target = r.IsDBNull(5) ? null : new Quantity(r.GetString(5), Text(r, 6), Number(r, 7), Text(r, 8)),
                Actual = r.IsDBNull(9) ? null : new Quantity(r.GetString(9), Text(r, 10), Number(r, 11), Text(r, 12)),
                Weight = Number(r, 13), Score = Number(r, 14), Met = r.IsDBNull(15) ? null : r.GetInt64(15) != 0,
                Source = r.IsDBNull(16) ? null : new SourceRef(r.GetInt32(16), r.IsDBNull(17) ? null : r.GetInt32(17),
                    r.IsDBNull(18) ? null : r.GetInt32(18), Text(r, 19) ?? ""),
            });
        }
        return (ids, records);
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Number(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
