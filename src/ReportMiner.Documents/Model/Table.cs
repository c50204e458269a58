namespace ReportMiner.Documents.Model;

/// <summary>
/// A table as a grid of origin cells. A table that continued across page breaks is one table;
/// <see cref="LastPage"/> tells where it ends and every cell's provenance names its own page.
/// </summary>
public sealed record Table(
    int Index,
    int RowCount,
    int ColumnCount,
    IReadOnlyList<TableCell> Cells,
    Provenance Provenance) : Block(Provenance)
{
    private TableCell?[,]? _grid;

    public int LastPage { get; init; } = 0;

    public string? Caption { get; init; }

    /// <summary>The cell covering a grid position (the origin cell of a merged range), or null.</summary>
    public TableCell? CellAt(int row, int column)
    {
        if (row < 0 || row >= RowCount || column < 0 || column >= ColumnCount) return null;
        _grid ??= BuildGrid();
        return _grid[row, column];
    }

    /// <summary>Origin cells of one row, left to right.</summary>
    public IEnumerable<TableCell> RowCells(int row) =>
        Cells.Where(c => c.Row == row).OrderBy(c => c.Column);

    /// <summary>Texts of a row by grid column; a spanned position repeats its origin cell's text.</summary>
    public IReadOnlyList<string> RowTexts(int row) =>
        Enumerable.Range(0, ColumnCount).Select(c => CellAt(row, c)?.Text ?? string.Empty).ToArray();

    private TableCell?[,] BuildGrid()
    {
        var grid = new TableCell?[RowCount, ColumnCount];
        foreach (var cell in Cells)
            for (var r = cell.Row; r < Math.Min(RowCount, cell.Row + cell.RowSpan); r++)
                for (var c = cell.Column; c < Math.Min(ColumnCount, cell.Column + cell.ColumnSpan); c++)
                    grid[r, c] = cell;
        return grid;
    }
}
