using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Index entries as Lucene documents, one thread's: the document and its fields are made once and refilled for each
/// entry (the writer has consumed them when AddDocument returns). A new field per entry also meant a new token stream
/// with its attributes for every untokenized field of every entry.
/// </summary>
internal sealed class EntryDocument
{
    private readonly Document _document = [];
    private readonly StringField _storeDocument = new(IndexFields.Document, "", Field.Store.NO);
    private readonly NumericDocValuesField _row = new(IndexFields.RowId, 0);
    private readonly NumericDocValuesField _copies = new(IndexFields.Copies, 0);
    private readonly SortedDocValuesField _report = new(IndexFields.Report, new BytesRef());
    private readonly Facet _city = new(IndexFields.City);
    private readonly Facet _year = new(IndexFields.Year);
    private readonly Facet _category = new(IndexFields.Category);
    private readonly Facet _reportKind = new(IndexFields.ReportKind);
    private readonly TextField _name = new(IndexFields.Name, "", Field.Store.NO);
    private readonly StringField _exactName = new(IndexFields.NameExact, "", Field.Store.NO);
    private readonly TextField _context = new(IndexFields.Context, "", Field.Store.NO);
    // Page text is not stored: search reads a hit page's text from the store with its file and page number.
    private readonly TextField _pageText = new(IndexFields.PageText, "", Field.Store.NO);

    public Document For(IndexEntry entry)
    {
        var fields = _document.Fields;
        fields.Clear();
        _storeDocument.SetStringValue(entry.DocumentId.ToString(CultureInfo.InvariantCulture));
        _row.SetInt64Value(entry.RowId);
        _copies.SetInt64Value(entry.Copies);
        fields.Add(_storeDocument);
        fields.Add(_row);
        fields.Add(_copies);
        // The report as a sorted doc value only: a changed document's reports are read from it (its entries are found by the
        // document term); no query asks for it as a term, which cost an inverted field per entry.
        if (entry.Report is { } report)
        {
            _report.SetBytesValue(new BytesRef(ReportCopies.Term(report)));
            fields.Add(_report);
        }
        _city.AddTo(fields, entry.Report?.CityKey);
        _year.AddTo(fields, entry.Report?.Year?.ToString(CultureInfo.InvariantCulture));
        _category.AddTo(fields, entry.Category);
        _reportKind.AddTo(fields, entry.ReportKind);
        Add(fields, _name, entry.Name);
        Add(fields, _exactName, entry.ExactName);
        Add(fields, _context, entry.Context);
        Add(fields, _pageText, entry.PageText);
        return _document;
    }

    private static void Add(IList<Lucene.Net.Index.IIndexableField> fields, Field field, string? value)
    {
        if (value is null) return;
        field.SetStringValue(value);
        fields.Add(field);
    }

    /// <summary>A filter term and a sorted doc value of the same name (facet counts read the doc values).</summary>
    private sealed class Facet(string name)
    {
        private readonly StringField _term = new(name, "", Field.Store.NO);
        private readonly SortedDocValuesField _value = new(name, new BytesRef());

        public void AddTo(IList<Lucene.Net.Index.IIndexableField> fields, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            _term.SetStringValue(value);
            _value.SetBytesValue(new BytesRef(value));
            fields.Add(_term);
            fields.Add(_value);
        }
    }
}
