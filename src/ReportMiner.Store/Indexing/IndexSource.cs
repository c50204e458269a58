using System.Data.Common;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Reads the store's indicators and pages as index entries: all of them, or those of some store documents; of the
/// copies of one report only the shown one (<see cref="ReportCopies"/>).
/// </summary>
internal static class IndexSource
{
    private const int K = ReportKeys.ColumnCount;

    public static IEnumerable<IndexEntry> Indicators(DbConnection connection, IReadOnlyCollection<long>? documentIds, ReportCopies copies) =>
        Read(connection, documentIds, "p.document_id",
            $"SELECT {ReportKeys.Columns("p")}, i.id, p.document_id, p.id, i.category, p.report_kind, i.name, i.level1, i.level2, p.name, " +
            "p.department, p.city, p.district FROM indicators i JOIN projects p ON p.id = i.project_id",
            r =>
            {
                if (!copies.Shows(Db.Long(r, K + 2))) return null;
                var key = ReportKeys.Read(r, 0);
                var name = r.GetString(K + 5);
                var context = string.Join(" | ", Enumerable.Range(K + 6, 6).Select(i => Db.Text(r, i)).Where(part => !string.IsNullOrWhiteSpace(part)));
                return new IndexEntry(Db.Long(r, K), Db.Long(r, K + 1), key, copies.Copies(key), Db.Text(r, K + 3), Db.Text(r, K + 4))
                {
                    Name = name, ExactName = ScriptFolding.Fold(name), Context = context,
                };
            });

    /// <summary>
    /// The indicator rows of some projects, read once for a catch-up: each row's part of its project's content (which
    /// copy of a report is shown, <see cref="ReportCopies.Add"/>) and, once the copies are decided, its entry
    /// (<see cref="Entries"/>). Reading the copies' contents and the entries apart read the same rows twice.
    /// </summary>
    public static List<IndicatorRow> IndicatorRows(DbConnection connection, IReadOnlyCollection<long> projectIds,
        Dictionary<long, (int Filled, long Fingerprint)> contents)
    {
        var rows = new List<IndicatorRow>();
        foreach (var chunk in projectIds.Chunk(5000))
        {
            using var command = connection.CreateCommand();
            command.CommandText =
                $"SELECT {ReportKeys.Columns("p")}, i.id, p.document_id, p.id, i.category, p.report_kind, i.name, i.level1, i.level2, p.name, " +
                "p.department, p.city, p.district, i.ordinal, i.name_key, i.target_text, i.actual_text FROM indicators i JOIN projects p ON p.id = i.project_id " +
                "WHERE " + SqlDialect.Of(connection).InList(command, "i.project_id", "@projects", chunk);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var project = Db.Long(r, K + 2);
                ReportCopies.Add(contents, project, Convert.ToInt32(r.GetValue(K + 12)), r.GetString(K + 13), Db.Text(r, K + 14), Db.Text(r, K + 15));
                rows.Add(new IndicatorRow(Db.Long(r, K), Db.Long(r, K + 1), project, ReportKeys.Read(r, 0), Db.Text(r, K + 3), Db.Text(r, K + 4),
                    r.GetString(K + 5), [.. Enumerable.Range(K + 6, 6).Select(i => Db.Text(r, i))]));
            }
        }
        return rows;
    }

    /// <summary>The entries of the rows whose project is the shown copy of its report, as <see cref="Indicators"/> builds them.</summary>
    public static IEnumerable<IndexEntry> Entries(IEnumerable<IndicatorRow> rows, ReportCopies copies) => rows
        .Where(row => copies.Shows(row.Project))
        .Select(row => new IndexEntry(row.Id, row.Document, row.Key, copies.Copies(row.Key), row.Category, row.ReportKind)
        {
            Name = row.Name, ExactName = ScriptFolding.Fold(row.Name),
            Context = string.Join(" | ", row.ContextParts.Where(part => !string.IsNullOrWhiteSpace(part))),
        });

    // A page is filed under its document's first project (city, year, kind).
    public static IEnumerable<IndexEntry> Pages(DbConnection connection, IReadOnlyCollection<long>? documentIds, ReportCopies copies) =>
        Read(connection, documentIds, "g.document_id",
            $"SELECT {ReportKeys.Columns("p")}, g.id, g.document_id, g.text FROM document_pages g " +
            "LEFT JOIN projects p ON p.document_id = g.document_id AND p.ordinal = 0",
            r =>
            {
                var documentId = Db.Long(r, K + 1);
                if (!copies.ShowsPagesOf(documentId)) return null;
                ComparisonKey? key = r.IsDBNull(K - 1) ? null : ReportKeys.Read(r, 0);
                return new IndexEntry(Db.Long(r, K), documentId, key, key is null ? 1 : copies.Copies(key.Value), null, key?.ReportKind)
                {
                    PageText = r.GetString(K + 2),
                };
            });

    /// <summary>The rows of <paramref name="select"/> (all, or those of some store documents) as index entries; null skips a row.</summary>
    private static IEnumerable<IndexEntry> Read(DbConnection connection, IReadOnlyCollection<long>? documentIds, string documentColumn, string select,
        Func<DbDataReader, IndexEntry?> build)
    {
        using var command = connection.CreateCommand();
        var where = documentIds is null ? "" : " WHERE " + SqlDialect.Of(connection).InList(command, documentColumn, "@docs", documentIds);
        command.CommandText = select + where;
        using var r = command.ExecuteReader();
        while (r.Read())
            if (build(r) is { } entry) yield return entry;
    }
}

/// <summary>An indicator row of a catch-up: its entry's fields, the context's parts (levels, project, department, city, district) apart.</summary>
internal sealed record IndicatorRow(long Id, long Document, long Project, ComparisonKey Key, string? Category, string? ReportKind, string Name,
    string?[] ContextParts);

/// <summary>
/// One index entry: an indicator (name, exact name, context) or a page of document text, with the fields every entry
/// carries (store document and row, the report and its copies, facets).
/// </summary>
internal sealed record IndexEntry(long RowId, long DocumentId, ComparisonKey? Report, int Copies, string? Category, string? ReportKind)
{
    public string? Name { get; init; }
    public string? ExactName { get; init; }
    public string? Context { get; init; }
    public string? PageText { get; init; }
}
