using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Building;

/// <summary>Collects cells by grid position while a parser reads a table; the builder turns it into a <see cref="Table"/>.</summary>
public sealed class TableDraft
{
    private readonly List<DraftCell> _cells = [];

    public TableDraft(int page) => Page = page;

    public int Page { get; }

    public string? Caption { get; set; }

    public IReadOnlyList<DraftCell> Cells => _cells;

    public int RowCount => _cells.Count == 0 ? 0 : _cells.Max(c => c.Row + c.RowSpan);

    public int ColumnCount => _cells.Count == 0 ? 0 : _cells.Max(c => c.Column + c.ColumnSpan);

    public TableDraft AddCell(int row, int column, string text, int rowSpan = 1, int columnSpan = 1,
        int? page = null, IReadOnlyList<Table>? nested = null, CellBox? box = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        _cells.Add(new DraftCell(row, column, Math.Max(1, rowSpan), Math.Max(1, columnSpan),
            text, page ?? Page, nested ?? []) { Box = box });
        return this;
    }

    /// <summary>Appends another draft's rows below this one (a table continued on the next page).</summary>
    public void Append(TableDraft continuation)
    {
        var offset = RowCount;
        foreach (var c in continuation.Cells)
            _cells.Add(c with { Row = c.Row + offset });
    }

    /// <summary>A table that is not part of the reading order (a table nested inside a cell).</summary>
    public Table BuildDetached() => DraftTableRenderer.Render(this, index: -1, textOffset: 0, out _);
}

public sealed record DraftCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, int Page,
    IReadOnlyList<Table> Nested)
{
    public CellBox? Box { get; init; }
}
