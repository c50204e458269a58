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
    public static IEnumerable<Document> Indicators(DbConnection connection, IReadOnlyCollection<long>? documentIds, ReportCopies copies)
    {
        using var command = connection.CreateCommand();
        var where = documentIds is null ? "" : " WHERE " + SqlDialect.Of(connection).InList(command, "p.document_id", "@docs", documentIds);
        command.CommandText =
            "SELECT i.id, p.document_id, i.name, i.level1, i.level2, p.name, p.department, p.city, p.district, p.city_key, p.year, " +
            "i.category, p.report_kind, p.id, p.name_key FROM indicators i JOIN projects p ON p.id = i.project_id" + where;
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            if (!copies.Shows(Db.Long(r, 13))) continue;
            var name = r.GetString(2);
            var context = string.Join(" | ", new[] { Db.Text(r, 3), Db.Text(r, 4), Db.Text(r, 5), Db.Text(r, 6), Db.Text(r, 7), Db.Text(r, 8) }
                .Where(part => !string.IsNullOrWhiteSpace(part)));
            var key = new ComparisonKey(Db.Text(r, 9), Db.Int(r, 10), r.GetString(14));
            var document = Common(Db.Long(r, 0), Db.Long(r, 1), key, copies.Copies(key), Db.Text(r, 11), Db.Text(r, 12));
            document.Add(new TextField(IndexFields.Name, name, Field.Store.NO));
            document.Add(new StringField(IndexFields.NameExact, ScriptFolding.Fold(name), Field.Store.NO));
            document.Add(new TextField(IndexFields.Context, context, Field.Store.NO));
            yield return document;
        }
    }

    public static IEnumerable<Document> Pages(DbConnection connection, IReadOnlyCollection<long>? documentIds, ReportCopies copies)
    {
        using var command = connection.CreateCommand();
        var where = documentIds is null ? "" : " WHERE " + SqlDialect.Of(connection).InList(command, "g.document_id", "@docs", documentIds);
        // A page is filed under its document's first project (city, year, kind); its text is stored for highlighting.
        command.CommandText =
            "SELECT g.id, g.document_id, g.text, p.city_key, p.year, p.report_kind, p.name_key FROM document_pages g " +
            "LEFT JOIN projects p ON p.document_id = g.document_id AND p.ordinal = 0" + where;
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var documentId = Db.Long(r, 1);
            if (!copies.ShowsPagesOf(documentId)) continue;
            ComparisonKey? key = r.IsDBNull(6) ? null : new ComparisonKey(Db.Text(r, 3), Db.Int(r, 4), r.GetString(6));
            var document = Common(Db.Long(r, 0), documentId, key, key is null ? 1 : copies.Copies(key.Value), null, Db.Text(r, 5));
            document.Add(new TextField(IndexFields.PageText, r.GetString(2), Field.Store.YES));
            yield return document;
        }
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
