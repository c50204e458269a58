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
    // Built on first use and kept with the cells they were built from (a copy made with `with` and other cells
    // builds its own); each is one reference, so readers on several threads see a whole index or none.
    private Tuple<IReadOnlyList<TableCell>, TableCell?[,]>? _grid;
    private Tuple<IReadOnlyList<TableCell>, TableCell[][]>? _rows;

    public int LastPage { get; init; } = 0;

    public string? Caption { get; init; }

    /// <summary>The cell covering a grid position (the origin cell of a merged range), or null.</summary>
    public TableCell? CellAt(int row, int column)
    {
        if (row < 0 || row >= RowCount || column < 0 || column >= ColumnCount) return null;
        var built = _grid;
        if (built is null || !ReferenceEquals(built.Item1, Cells)) _grid = built = Tuple.Create(Cells, BuildGrid());
        return built.Item2[row, column];
    }

    /// <summary>Origin cells of one row, left to right.</summary>
    public IEnumerable<TableCell> RowCells(int row)
    {
        if (row < 0 || row >= RowCount) return Cells.Where(c => c.Row == row).OrderBy(c => c.Column);
        // Indexed once: reading every row of a 20,000-row table by scanning all its cells was quadratic.
        var built = _rows;
        if (built is null || !ReferenceEquals(built.Item1, Cells)) _rows = built = Tuple.Create(Cells, BuildRows());
        return built.Item2[row];
    }

    /// <summary>Texts of a row by grid column; a spanned position repeats its origin cell's text.</summary>
    public IReadOnlyList<string> RowTexts(int row) =>
        Enumerable.Range(0, ColumnCount).Select(c => CellAt(row, c)?.Text ?? string.Empty).ToArray();

    private TableCell[][] BuildRows()
    {
        var rows = new List<TableCell>[RowCount];
        foreach (var cell in Cells)
            if (cell.Row >= 0 && cell.Row < RowCount) (rows[cell.Row] ??= []).Add(cell);
        return rows.Select(r => r is null ? [] : r.OrderBy(c => c.Column).ToArray()).ToArray();
    }

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
