using System.Text.Json;
using System.Data.Common;
using ReportMiner.Extraction.Records;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Browsing;

/// <summary>One stored file and what was extracted from it, rebuilt as extraction records.</summary>
public sealed record StoredDocument(
    string Path, string Sha256, string Format, long Size, string Status, string? ErrorKind, string? Error, int? PageCount,
    string ImportedAt, IReadOnlyList<StoredProject> Projects, IReadOnlyList<string> OtherPaths)
{
    /// <summary>About the document as a whole: how it was read (OCR, fonts without Unicode, a fallback reader), why it holds no project.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A stored project with the store ids of its indicators (same order as <see cref="ProjectRecord.Indicators"/>).</summary>
public sealed record StoredProject(long Id, ProjectRecord Record, IReadOnlyList<long> IndicatorIds);

/// <summary>A row of the document list.</summary>
public sealed record DocumentSummary(string Sha256, string Path, string Format, string Status, string? City, int? Year, string? Project, int Indicators);

public sealed class StoredDocuments(DbConnection connection)
{
    /// <summary>The document with this content hash (the first path it was stored under), or null.</summary>
    public StoredDocument? Find(string sha256)
    {
        var paths = new List<(long Id, string Path, string Format, long Size, string Status, string? Kind, string? Error, int? Pages, string At, string Warnings)>();
        using (var command = Command("SELECT id, path, format, size, status, error_kind, error, page_count, imported_at, warnings FROM documents " +
                                     "WHERE sha256 = @sha ORDER BY CASE WHEN status = 'imported' THEN 0 ELSE 1 END, path", ("@sha", sha256)))
        using (var r = command.ExecuteReader())
            while (r.Read())
                paths.Add((Db.Long(r, 0), r.GetString(1), r.GetString(2), Db.Long(r, 3), r.GetString(4), Db.Text(r, 5), Db.Text(r, 6),
                    Db.Int(r, 7), r.GetString(8), r.GetString(9)));
        if (paths.Count == 0) return null;
        var first = paths[0];
        return new StoredDocument(first.Path, sha256, first.Format, first.Size, first.Status, first.Kind, first.Error, first.Pages, first.At,
            Projects(first.Id), paths.Skip(1).Select(p => p.Path).ToArray())
        {
            Warnings = JsonSerializer.Deserialize<List<string>>(first.Warnings, RecordJson.Options) ?? [],
        };
    }

    /// <summary>The document stored at this path, or null.</summary>
    public StoredDocument? FindByPath(string path) =>
        Db.Scalar(connection, null, "SELECT sha256 FROM documents WHERE path = @path", ("@path", path)) is string sha ? Find(sha) : null;

    /// <summary>Documents, newest first, optionally only those whose path contains some text.</summary>
    public IReadOnlyList<DocumentSummary> List(int limit, int offset = 0)
    {
        using var command = Command(
            "SELECT d.sha256, d.path, d.format, d.status, p.city, p.year, p.name, " +
            "(SELECT COUNT(*) FROM indicators i JOIN projects q ON q.id = i.project_id WHERE q.document_id = d.id) " +
            "FROM documents d LEFT JOIN projects p ON p.document_id = d.id AND p.ordinal = 0 ORDER BY d.id DESC LIMIT @limit OFFSET @offset",
            ("@limit", limit), ("@offset", offset));
        var list = new List<DocumentSummary>();
        using var r = command.ExecuteReader();
        while (r.Read())
            list.Add(new DocumentSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Db.Text(r, 4),
                Db.Int(r, 5), Db.Text(r, 6), Db.Int(r, 7) ?? 0));
        return list;
    }

    private List<StoredProject> Projects(long documentId)
    {
        var projects = new List<(long Id, ProjectRecord Record)>();
        using (var command = Command(
                   "SELECT id, name, province, city, district, year, department, report_kind, budget_wan, actual_wan, execution_rate_pct, " +
                   "score, grade, warnings, sources, budget_initial_wan, budget_adjusted_wan FROM projects WHERE document_id = @doc ORDER BY ordinal",
                   ("@doc", documentId)))
        using (var r = command.ExecuteReader())
            while (r.Read())
                projects.Add((Db.Long(r, 0), new ProjectRecord
                {
                    Name = r.GetString(1), Province = Db.Text(r, 2), City = Db.Text(r, 3), District = Db.Text(r, 4),
                    Year = Db.Int(r, 5), Department = Db.Text(r, 6), ReportKind = Db.Text(r, 7), BudgetWan = Db.Number(r, 8),
                    BudgetInitialWan = Db.Number(r, 15), BudgetAdjustedWan = Db.Number(r, 16),
                    ActualWan = Db.Number(r, 9), ExecutionRatePct = Db.Number(r, 10), Score = Db.Number(r, 11), Grade = Db.Text(r, 12),
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
            "actual_unit, weight, score, met, source_page, source_table, source_row, source_snippet FROM indicators WHERE project_id = @p ORDER BY ordinal",
            ("@p", projectId));
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            ids.Add(Db.Long(r, 0));
            records.Add(new IndicatorRecord
            {
                Level1 = Db.Text(r, 1), Level2 = Db.Text(r, 2), Name = r.GetString(3), Category = Db.Text(r, 4),
                Target = r.IsDBNull(5) ? null : new Quantity(r.GetString(5), Db.Text(r, 6), Db.Number(r, 7), Db.Text(r, 8)),
                Actual = r.IsDBNull(9) ? null : new Quantity(r.GetString(9), Db.Text(r, 10), Db.Number(r, 11), Db.Text(r, 12)),
                Weight = Db.Number(r, 13), Score = Db.Number(r, 14), Met = Db.Flag(r, 15),
                Source = r.IsDBNull(16) ? null : new SourceRef(Db.Int(r, 16)!.Value, Db.Int(r, 17), Db.Int(r, 18), Db.Text(r, 19) ?? ""),
            });
        }
        return (ids, records);
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => Db.Command(connection, null, sql, parameters);
}
