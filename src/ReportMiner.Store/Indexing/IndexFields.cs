namespace ReportMiner.Store.Indexing;

/// <summary>Field names of the search index. Indicators and pages are separate Lucene documents with their own text fields.</summary>
internal static class IndexFields
{
    /// <summary>The store's document id, as a term: a changed document's index entries are deleted by it.</summary>
    public const string Document = "document";

    /// <summary>Row id in the store (indicators.id or document_pages.id), as a numeric doc value.</summary>
    public const string RowId = "row";

    /// <summary>The report's comparison key (city, year, project name key), as a sorted doc value.</summary>
    public const string Report = "report";

    /// <summary>How many stored copies the report has (files of one report), as a numeric doc value.</summary>
    public const string Copies = "copies";

    public const string Name = "name";
    public const string NameExact = "name_exact";
    public const string Context = "context";
    public const string PageText = "text";

    public const string City = "city";
    public const string Year = "year";
    public const string Category = "category";
    public const string ReportKind = "report_kind";

    /// <summary>Fields that are filters (terms) and facets (sorted doc values of the same name).</summary>
    public static IReadOnlyList<string> Facets { get; } = [City, Year, Category, ReportKind];
}
