using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ReportMiner.Extraction.Records;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Writes documents into the store inside the caller's transaction. A document replaces any earlier
/// version at the same path, so the store never holds two versions of one file; content already imported
/// (by this or another process) is not written again.
/// </summary>
public sealed class RecordWriter(DbConnection connection)
{
    /// <summary>Writes one document and refreshes the compare rows of every project it removed or added.</summary>
    public void Write(DocumentEntry entry, long? runId, DbTransaction transaction)
    {
        using var pending = new PendingChanges();
        Write(entry, runId, transaction, pending);
        pending.Apply(connection, transaction);
    }

    /// <summary>Deletes the document at a path with its projects, indicators and pages, and refreshes its compare rows.</summary>
    public void Remove(string path, DbTransaction transaction)
    {
        using var pending = new PendingChanges();
        Remove(path, transaction, pending);
        pending.Apply(connection, transaction);
    }

    /// <summary>
    /// Writes without refreshing compare rows (they are added to <paramref name="pending"/>). False when the content
    /// is already imported at another path (a concurrent importer got there first): nothing is written.
    /// </summary>
    internal bool Write(DocumentEntry entry, long? runId, DbTransaction transaction, PendingChanges pending)
    {
        // An imported copy of this very content at this path stays (another importer may have stored it since this one
        // looked); then the insert below conflicts and nothing is written.
        Remove(entry.Path, transaction, pending, entry.Failed ? null : entry.Sha256);
        var documentId = InsertDocument(entry, runId, transaction);
        if (documentId is null) return false;
        pending.Documents.Add(documentId.Value);
        // Pages and indicators are read only by the compare refresh before commit: they wait and go with it (or sooner).
        var deferred = pending.Deferred(connection, transaction);
        deferred.Insert("document_pages", PageColumns, entry.Pages.Select(page => new object?[] { documentId.Value, page.Page, page.Text }).ToArray());
        for (var p = 0; p < (entry.Record?.Projects.Count ?? 0); p++)
        {
            var project = entry.Record!.Projects[p];
            var cityKey = CityNames.Key(project.City);
            // The name key for now; the group of near-named projects of its city, year and budget is settled before commit.
            var nameKey = ProjectKeys.Natural(project.Name, project.City, project.BudgetWan, project.Department, entry.Sha256);
            if (project.BudgetWan is { } budget) pending.Buckets.Add(new ProjectKeys.Bucket(cityKey, project.Year, budget));
            var projectId = InsertProject(documentId.Value, p, project, nameKey, transaction);
            deferred.Insert("indicators", IndicatorColumns, project.Indicators.Select((indicator, i) => IndicatorRow(projectId, i, indicator)).ToArray());
            pending.Keys.Add(new ComparisonKey(cityKey, project.Year, project.ReportKind, nameKey));
        }
        return true;
    }

    /// <summary>Removes without refreshing compare rows; what to refresh before commit is added to <paramref name="pending"/>.</summary>
    internal void Remove(string path, DbTransaction transaction, PendingChanges pending, string? unlessImportedAs = null)
    {
        if (Db.Scalar(connection, transaction, "SELECT id FROM documents WHERE path = @path AND NOT (sha256 = @sha AND status = 'imported')",
                ("@path", path), ("@sha", unlessImportedAs ?? "")) is not { } id) return;
        pending.Keys.UnionWith(ReportKeys.OfDocuments(connection, transaction, [Convert.ToInt64(id)]));
        // A removed copy may have been what held a group together, or what made its key the most frequent one.
        pending.Buckets.UnionWith(ProjectKeys.OfDocument(connection, transaction, Convert.ToInt64(id)));
        // Rows still waiting may belong to this very document (written earlier in the same transaction): they go first.
        pending.SendDeferred();
        Db.Execute(connection, transaction, "DELETE FROM documents WHERE id = @doc", ("@doc", id));
        pending.Documents.Add(Convert.ToInt64(id));
    }

    private long? InsertDocument(DocumentEntry e, long? runId, DbTransaction t)
    {
        // A second imported copy of the same content would break documents_imported_once: skip it instead.
        var id = Db.Scalar(connection, t,
            "INSERT INTO documents (path, sha256, format, size, status, error_kind, error, page_count, imported_at, run_id, document_kind, warnings) " +
            "VALUES (@path, @sha, @format, @size, @status, @kind, @error, @pages, @at, @run, @dockind, @warnings) ON CONFLICT DO NOTHING RETURNING id",
            ("@path", e.Path), ("@sha", e.Sha256), ("@format", e.Format), ("@size", e.Size),
            ("@status", e.Failed ? "failed" : "imported"), ("@kind", e.ErrorKind), ("@error", e.Error),
            ("@pages", e.Pages.Count == 0 ? null : e.Pages.Count),
            ("@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("@run", runId), ("@dockind", e.Record?.DocumentKind),
            ("@warnings", JsonSerializer.Serialize(e.Record?.Warnings ?? [], RecordJson.Options)));
        return id is null ? null : Convert.ToInt64(id);
    }

    private long InsertProject(long documentId, int ordinal, ProjectRecord p, string nameKey, DbTransaction t) => Convert.ToInt64(Db.Scalar(connection, t,
        "INSERT INTO projects (document_id, ordinal, name, name_key, province, city, city_key, district, year, department, report_kind, " +
        "budget_wan, budget_initial_wan, budget_adjusted_wan, actual_wan, execution_rate_pct, score, grade, warnings, sources) " +
        "VALUES (@doc, @ord, @name, @key, @province, @city, @cityKey, @district, @year, @dept, @kind, @budget, @initial, @adjusted, @actual, " +
        "@rate, @score, @grade, @warnings, @sources) RETURNING id",
        ("@doc", documentId), ("@ord", ordinal), ("@name", p.Name), ("@key", nameKey), ("@province", p.Province),
        ("@city", p.City), ("@cityKey", CityNames.Key(p.City)), ("@district", p.District), ("@year", p.Year), ("@dept", p.Department),
        ("@kind", p.ReportKind), ("@budget", p.BudgetWan), ("@initial", p.BudgetInitialWan), ("@adjusted", p.BudgetAdjustedWan),
        ("@actual", p.ActualWan), ("@rate", p.ExecutionRatePct), ("@score", p.Score), ("@grade", p.Grade),
        ("@warnings", JsonSerializer.Serialize(p.Warnings, RecordJson.Options)), ("@sources", JsonSerializer.Serialize(p.Sources, RecordJson.Options))));

    private static readonly string[] PageColumns = ["document_id", "page", "text"];

    private static readonly string[] IndicatorColumns =
    [
        "project_id", "ordinal", "level1", "level2", "name", "name_key", "category", "target_text", "target_op", "target_value",
        "target_unit", "actual_text", "actual_op", "actual_value", "actual_unit", "weight", "score", "met", "source_page", "source_table",
        "source_row", "source_snippet",
    ];

    private static object?[] IndicatorRow(long projectId, int ordinal, IndicatorRecord i) =>
    [
        projectId, ordinal, i.Level1, i.Level2, i.Name, ScriptFolding.Fold(i.Name), i.Category, i.Target?.Text, i.Target?.Op,
        i.Target?.Value, i.Target?.Unit, i.Actual?.Text, i.Actual?.Op, i.Actual?.Value, i.Actual?.Unit, i.Weight, i.Score,
        i.Met is null ? null : i.Met.Value ? 1 : 0, i.Source?.Page, i.Source?.Table, i.Source?.Row, i.Source?.Snippet,
    ];
}
