namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Where a row's cells sit under its header: every cell <see cref="Shift"/> columns right of its header, except the
/// value cells right of the name that a text export packed together after dropping the blank cells between them
/// (<see cref="Placed"/>: header column → cell index).
/// </summary>
public sealed record RowAlignment(int Shift, IReadOnlyDictionary<int, int>? Placed = null)
{
    /// <summary>The cell under <paramref name="column"/>, or empty when the row has none there.</summary>
    public string At(IReadOnlyList<string> cells, int column)
    {
        if (Placed is null || column - Shift < FirstPlacedCell) return RowAligner.At(cells, column, Shift);
        return Placed.TryGetValue(column, out var cell) && cell < cells.Count ? cells[cell].Trim() : string.Empty;
    }

    /// <summary>True when <paramref name="column"/> lies left of the row's first cell (a cell spanning from above holds it).</summary>
    public bool LeftOfRow(int column) => RowAligner.LeftOfRow(column, Shift);

    private int FirstPlacedCell => Placed is null || Placed.Count == 0 ? int.MaxValue : Placed.Values.Min();
}
