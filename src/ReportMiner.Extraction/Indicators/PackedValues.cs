using ReportMiner.Extraction.Alignment;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The value cells right of a row's name when a text export dropped the blank cells between them: filled cells
/// packed together, fewer than the header's columns right of the name. They keep their order and are placed
/// under the columns they fit best; every column skipped before the last placed cell costs
/// <see cref="SkipCost"/>, more than a cell gains by moving to a column it fits only a little better, so
/// cells move only away from a column that cannot hold them.
/// </summary>
internal static class PackedValues
{
    private const double SkipCost = 1.5;

    /// <returns>Null when the row is not packed (it has blank cells in place, or as many cells as columns).</returns>
    public static (IReadOnlyDictionary<int, int> Cells, double Fit)? Place(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int width, int shift)
    {
        if (!columns.TryGetValue(ColumnRole.Name, out var nameColumn)) return null;
        var first = nameColumn - shift + 1;
        if (first < 1 || first - 1 >= cells.Count || TextKey.Of(cells[first - 1]).Length == 0) return null;
        var last = cells.Count - 1;
        while (last >= first && TextKey.Of(cells[last]).Length == 0) last--;
        var count = last - first + 1;
        var slots = Math.Max(width, columns.Values.DefaultIfEmpty(0).Max() + 1) - nameColumn - 1;
        if (count <= 0 || count >= slots) return null;
        for (var c = first; c <= last; c++)
            if (TextKey.Of(cells[c]).Length == 0) return null;

        var roleAt = new ColumnRole[slots];
        foreach (var (role, column) in columns)
            if (column > nameColumn && column - nameColumn - 1 < slots) roleAt[column - nameColumn - 1] = role;
        double Gain(int cell, int slot) =>
            IndicatorNames.IsBarePlaceholder(cells[first + cell]) ? 0 : RowAligner.CellFit(roleAt[slot], cells[first + cell].Trim());

        // The last cell's column says how many columns were skipped before it: that many less the cells before it.
        double Cost(int cell, int slot) => cell == count - 1 ? SkipCost * (slot - cell) : 0;
        var best = OrderedPlacement.Best(count, slots, (cell, slot) => Gain(cell, slot) - Cost(cell, slot), TiesGo.Left)!;
        var placed = new Dictionary<int, int>();
        for (var i = count - 1; i >= 0; i--) placed[nameColumn + 1 + best.Columns[i]] = first + i;
        return (placed, best.Score);
    }
}
