namespace ReportMiner.Documents.Model;

/// <summary>
/// One cell at its top-left grid position. A merged cell appears once and knows its span;
/// the positions it covers hold no copy.
/// </summary>
public sealed record TableCell(
    string Text,
    int Row,
    int Column,
    int RowSpan,
    int ColumnSpan,
    Provenance Provenance)
{
    public IReadOnlyList<Table> NestedTables { get; init; } = [];

    /// <summary>The cell's box on its page (PDF sources only; null for formats without page geometry).</summary>
    public CellBox? Box { get; init; }

    public bool Covers(int row, int column) =>
        row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;
}
