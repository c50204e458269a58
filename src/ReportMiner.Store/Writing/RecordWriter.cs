using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportMiner.Extraction.Records;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Writes documents into the store inside the caller's transaction. A document replaces any earlier
/// version at the same path, so the store never holds two versions of one file.
/// </summary>
public sealed class RecordWriter(SqliteConnection connection)
{
    /// <summary>Writes one document and refreshes the compare rows of every project it removed or added.</summary>
    public void Write(DocumentEntry entry, long? runId, SqliteTransaction transaction)
    {
        var stale = new HashSet<ComparisonKey>();
        Write(entry, runId, transaction, stale);
        StoredComparisons.Refresh(connection, transaction, stale);
    }

    /// <summary>Deletes the document at a path with its projects, indicators, pages and index rows, and refreshes its compare rows.</summary>
    public void Remove(string path, SqliteTransaction transaction)
    {
        var stale = new HashSet<ComparisonKey>();
        Remove(path, transaction, stale);
        StoredComparisons.Refresh(connection, transaction, stale);
    }

    /// <summary>Writes without refreshing compare rows; the keys to refresh before commit are added to <paramref name="stale"/>.</summary>
    internal void Write(DocumentEntry entry, long? runId, SqliteTransaction transaction, ISet<ComparisonKey> stale)
    {
        Remove(entry.Path, transaction, stale);
        var documentId = InsertDocument(entry, runId, transaction);
        foreach (var page in entry.Pages) InsertPage(documentId, page, transaction);
        for (var p = 0; p < (entry.Record?.Projects.Count ?? 0); p++)
        {
            var project = entry.Record!.Projects[p];
            var cityKey = CityNames.Key(project.City);
            var nameKey = ProjectKeys.Choose(connection, transaction, project.Name, project.City, cityKey, project.Year, project.BudgetWan);
            var projectId = InsertProject(documentId, p, project, nameKey, transaction);
            for (var i = 0; i < project.Indicators.Count; i++)
                InsertIndicator(projectId, i, project, project.Indicators[i], transaction);
            stale.Add(new ComparisonKey(cityKey, project.Year, nameKey));
        }
    }

    /// <summary>Removes without refreshing compare rows; the keys to refresh before commit are added to <paramref name="stale"/>.</summary>
    internal void Remove(string path, SqliteTransaction transaction, ISet<ComparisonKey> stale)
    {
        using (var keys = Command(transaction, "SELECT p.city_key, p.year, p.name_key FROM projects p JOIN documents d ON d.id = p.document_id WHERE d.path = $path", [("$path", path)]))
        using (var reader = keys.ExecuteReader())
            while (reader.Read())
                stale.Add(new ComparisonKey(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.GetString(2)));
        using (var find = Command(transaction, "SELECT id FROM documents WHERE path = $path", [("$path", path)]))
            if (find.ExecuteScalar() is not long) return;
        // Index rows are deleted one rowid at a time: a rowid IN (subquery) on an FTS5 table scans the whole index.
        DeleteIndexRows(transaction, "SELECT i.id FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE d.path = $path",
            path, "indicator_trigrams", "indicator_grams");
        DeleteIndexRows(transaction, "SELECT g.id FROM document_pages g JOIN documents d ON d.id = g.document_id WHERE d.path = $path", path, "page_trigrams");
        Run(transaction, "DELETE FROM documents WHERE path = $path", ("$path", path));
    }

    private void DeleteIndexRows(SqliteTransaction transaction, string idsSql, string path, params string[] indexes)
    {
        var ids = new List<long>();
        using (var select = Command(transaction, idsSql, [("$path", path)]))
        using (var reader = select.ExecuteReader())
            while (reader.Read()) ids.Add(reader.GetInt64(0));
        foreach (var index in indexes)
            foreach (var id in ids)
                Run(transaction, $"DELETE FROM {index} WHERE rowid = $id", ("$id", id));
    }

    private long InsertDocument(DocumentEntry e, long? runId, SqliteTransaction t) => Insert(t,
        "INSERT INTO documents (path, sha256, format, size, status, error_kind, error, page_count, imported_at, run_id) " +
        "VALUES ($path, $sha, $format, $size, $status, $kind, $error, $pages, $at, $run)",
        ("$path", e.Path), ("$sha", e.Sha256), ("$format", e.Format), ("$size", e.Size),
        ("$status", e.Failed ? "failed" : "imported"), ("$kind", e.ErrorKind), ("$error", e.Error),
        ("$pages", e.Pages.Count == 0 ? null : e.Pages.Count),
        ("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("$run", runId));

    private void InsertPage(long documentId, PageText page, SqliteTransaction t)
    {
        var id = Insert(t, "INSERT INTO document_pages (document_id, page, text) VALUES ($doc, $page, $text)",
            ("$doc", documentId), ("$page", page.Page), ("$text", page.Text));
        Run(t, "INSERT INTO page_trigrams (rowid, text) VALUES ($id, $text)", ("$id", id), ("$text", ScriptFolding.Fold(page.Text)));
    }

    private long InsertProject(long documentId, int ordinal, ProjectRecord p, string nameKey, SqliteTransaction t) => Insert(t,
        "INSERT INTO projects (document_id, ordinal, name, name_key, province, city, city_key, district, year, department, report_kind, " +
        "budget_wan, actual_wan, execution_rate_pct, score, grade, warnings, sources) VALUES ($doc, $ord, $name, $key, $province, $city, " +
        "$cityKey, $district, $year, $dept, $kind, $budget, $actual, $rate, $score, $grade, $warnings, $sources)",
        ("$doc", documentId), ("$ord", ordinal), ("$name", p.Name), ("$key", nameKey), ("$province", p.Province),
        ("$city", p.City), ("$cityKey", CityNames.Key(p.City)), ("$district", p.District), ("$year", p.Year), ("$dept", p.Department),
        ("$kind", p.ReportKind), ("$budget", p.BudgetWan), ("$actual", p.ActualWan), ("$rate", p.ExecutionRatePct),
        ("$score", p.Score), ("$grade", p.Grade), ("$warnings", JsonSerializer.Serialize(p.Warnings, RecordJson.Options)),
        ("$sources", JsonSerializer.Serialize(p.Sources, RecordJson.Options)));

    private void InsertIndicator(long projectId, int ordinal, ProjectRecord project, IndicatorRecord i, SqliteTransaction t)
    {
        var id = Insert(t,
            "INSERT INTO indicators (project_id, ordinal, level1, level2, name, name_key, category, target_text, target_op, target_value, " +
            "target_unit, actual_text, actual_op, actual_value, actual_unit, weight, score, met, source_page, source_table, source_row, " +
            "source_snippet) VALUES ($proj, $ord, $l1, $l2, $name, $key, $cat, $tt, $to, $tv, $tu, $at, $ao, $av, $au, $w, $s, $met, " +
            "$page, $table, $row, $snippet)",
            ("$proj", projectId), ("$ord", ordinal), ("$l1", i.Level1), ("$l2", i.Level2), ("$name", i.Name),
            ("$key", ScriptFolding.Fold(i.Name)), ("$cat", i.Category), ("$tt", i.Target?.Text), ("$to", i.Target?.Op),
            ("$tv", i.Target?.Value), ("$tu", i.Target?.Unit), ("$at", i.Actual?.Text), ("$ao", i.Actual?.Op),
            ("$av", i.Actual?.Value), ("$au", i.Actual?.Unit), ("$w", i.Weight), ("$s", i.Score),
            ("$met", i.Met is null ? null : i.Met.Value ? 1 : 0), ("$page", i.Source?.Page), ("$table", i.Source?.Table),
            ("$row", i.Source?.Row), ("$snippet", i.Source?.Snippet));
        var text = IndexText.Of(project, i);
        Run(t, "INSERT INTO indicator_trigrams (rowid, name, context, tags) VALUES ($id, $name, $context, $tags)",
            ("$id", id), ("$name", text.Name), ("$context", text.Context), ("$tags", text.Tags));
        Run(t, "INSERT INTO indicator_grams (rowid, name, context, tags) VALUES ($id, $name, $context, $tags)",
            ("$id", id), ("$name", SearchGrams.Tokens(text.Name)), ("$context", SearchGrams.Tokens(text.Context)), ("$tags", text.Tags));
    }

    private long Insert(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql + " RETURNING rowid", parameters);
        return (long)command.ExecuteScalar()!;
    }

    private void Run(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
