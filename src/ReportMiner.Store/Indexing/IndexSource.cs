using System.Data.Common;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Reads the store's indicators and pages as index documents: all of them, or those of some store documents; of the
/// copies of one report only the shown one (<see cref="ReportCopies"/>).
/// </summary>
internal static class IndexSource
{
    private const int K = ReportKeys.ColumnCount;

    public static IEnumerable<Document> Indicators(DbConnection connection, IReadOnlyCollection<long>? documentIds, ReportCopies copies) =>
        Read(connection, documentIds, "p.document_id",
            $"SELECT {ReportKeys.Columns("p")}, i.id, p.document_id, p.id, i.category, p.report_kind, i.name, i.level1, i.level2, p.name, " +
            "p.department, p.city, p.district FROM indicators i JOIN projects p ON p.id = i.project_id",
            r =>
            {
                if (!copies.Shows(Db.Long(r, K + 2))) return null;
                var key = ReportKeys.Read(r, 0);
                var name = r.GetString(K + 5);
                var context = string.Join(" | ", Enumerable.Range(K + 6, 6).Select(i => Db.Text(r, i)).Where(part => !string.IsNullOrWhiteSpace(part)));
                var document = Common(Db.Long(r, K), Db.Long(r, K + 1), key, copies.Copies(key), Db.Text(r, K + 3), Db.Text(r, K + 4));
                document.Add(new TextField(IndexFields.Name, name, Field.Store.NO));
                document.Add(new StringField(IndexFields.NameExact, ScriptFolding.Fold(name), Field.Store.NO));
                document.Add(new TextField(IndexFields.Context, context, Field.Store.NO));
                return document;
            });

    // A page is filed under its document's first project (city, year, kind); its text is stored for highlighting.
    public static IEnumerable<Document> Pages(DbConnection connection, IReadOnlyCollection<long>? documentIds, ReportCopies copies) =>
        Read(connection, documentIds, "g.document_id",
            $"SELECT {ReportKeys.Columns("p")}, g.id, g.document_id, g.text FROM document_pages g " +
            "LEFT JOIN projects p ON p.document_id = g.document_id AND p.ordinal = 0",
            r =>
            {
                var documentId = Db.Long(r, K + 1);
                if (!copies.ShowsPagesOf(documentId)) return null;
                ComparisonKey? key = r.IsDBNull(K - 1) ? null : ReportKeys.Read(r, 0);
                var document = Common(Db.Long(r, K), documentId, key, key is null ? 1 : copies.Copies(key.Value), null, key?.ReportKind);
                document.Add(new TextField(IndexFields.PageText, r.GetString(K + 2), Field.Store.YES));
                return document;
            });

    /// <summary>The rows of <paramref name="select"/> (all, or those of some store documents) as index documents; null skips a row.</summary>
    private static IEnumerable<Document> Read(DbConnection connection, IReadOnlyCollection<long>? documentIds, string documentColumn, string select,
        Func<DbDataReader, Document?> build)
    {
        using var command = connection.CreateCommand();
        var where = documentIds is null ? "" : " WHERE " + SqlDialect.Of(connection).InList(command, documentColumn, "@docs", documentIds);
        command.CommandText = select + where;
        using var r = command.ExecuteReader();
        while (r.Read())
            if (build(r) is { } document) yield return document;
    }

    private static Document Common(long rowId, long documentId, ComparisonKey? key, int copies, string? category, string? reportKind)
    {
        var document = new Document
        {
            new StringField(IndexFields.Document, documentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(IndexFields.RowId, rowId),
            new NumericDocValuesField(IndexFields.Copies, copies),
        };
        if (key is { } report)
        {
            var term = ReportCopies.Term(report);
            document.Add(new StringField(IndexFields.Report, term, Field.Store.NO));
            document.Add(new SortedDocValuesField(IndexFields.Report, new BytesRef(term)));
        }
        AddFacet(document, IndexFields.City, key?.CityKey);
        AddFacet(document, IndexFields.Year, key?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddFacet(document, IndexFields.Category, category);
        AddFacet(document, IndexFields.ReportKind, reportKind);
        return document;
    }

    // The same name is a filter term and a sorted doc value, which the facet counts read.
    private static void AddFacet(Document document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        document.Add(new StringField(field, value, Field.Store.NO));
        document.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
