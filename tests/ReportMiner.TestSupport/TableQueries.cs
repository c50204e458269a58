using ReportMiner.Documents.Model;

namespace ReportMiner.TestSupport;

/// <summary>
/// Finds tables, rows and columns by the text people read in them, ignoring whitespace so the same query
/// works whether a cell came from DOCX, a wrapped PDF line or OCR.
/// </summary>
public static class TableQueries
{
    /// <summary>Tables in which every text occurs in some cell.</summary>
    public static IEnumerable<Table> TablesContaining(this Document document, params string[] texts) =>
        document.Tables.Where(t => texts.All(x => t.Cells.Any(c => Squeeze(c.Text).Contains(Squeeze(x), StringComparison.Ordinal))));

    public static Table TableContaining(this Document document, params string[] texts) =>
        document.TablesContaining(texts).FirstOrDefault()
        ?? throw new InvalidOperationException($"No table contains all of: {string.Join(", ", texts)}");

    /// <summary>The cell whose whole text is the name (whitespace ignored), searching rows top-down.</summary>
    public static TableCell CellNamed(this Table table, string name) =>
        table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column).FirstOrDefault(c => Squeeze(c.Text) == Squeeze(name))
        ?? throw new InvalidOperationException($"No cell reads '{name}' in table {table.Index}.");

    /// <summary>The row of the first cell whose text starts with the given words.</summary>
    public static int RowStartingWith(this Table table, string start) =>
        table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column)
            .FirstOrDefault(c => Squeeze(c.Text).StartsWith(Squeeze(start), StringComparison.Ordinal))?.Row
        ?? throw new InvalidOperationException($"No cell starts with '{start}' in table {table.Index}.");

    /// <summary>The grid column of the first cell (top-down) whose text contains the header.</summary>
    public static int ColumnHeaded(this Table table, string header, int belowRow = -1) =>
        table.Cells.Where(c => c.Row > belowRow).OrderBy(c => c.Row).ThenBy(c => c.Column)
            .FirstOrDefault(c => Squeeze(c.Text).Contains(Squeeze(header), StringComparison.Ordinal))?.Column
        ?? throw new InvalidOperationException($"No header contains '{header}' in table {table.Index}.");

    /// <summary>The whitespace-free text covering a grid position ("" when nothing covers it).</summary>
    public static string TextAt(this Table table, int row, int column) => Squeeze(table.CellAt(row, column)?.Text ?? string.Empty);

    public static string Squeeze(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
}
