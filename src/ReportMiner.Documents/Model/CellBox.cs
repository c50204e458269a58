namespace ReportMiner.Documents.Model;

/// <summary>
/// Where a table cell is drawn on its page, for PDF-derived tables: PDF points (1/72 inch), origin at the top-left
/// corner of the page as displayed (crop box, after the page's rotation), x rightward, y downward — the same frame
/// as a page image rendered by pdftoppm, scaled by dpi/72.
/// </summary>
public sealed record CellBox(int Page, double X0, double Y0, double X1, double Y1);
