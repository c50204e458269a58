using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Text exports sometimes drop an empty cell at the start of a row and add one at its end, shifting every
/// value one column left of its header. Each row is read at the shift (−1, 0, +1) where its cells best fit
/// what their headers expect (a label under the name, numbers under weight and score, values under targets).
/// </summary>
public static class RowAligner
{
    public static int BestShift(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns)
    {
        var best = 0;
        var bestFit = Fit(cells, columns, 0);
        foreach (var shift in new[] { 1, -1 })
        {
            var fit = Fit(cells, columns, shift);
            if (fit > bestFit + 1) { best = shift; bestFit = fit; }
        }
        return best;
    }

    /// <summary>The cell under <paramref name="column"/> when the row is read shifted by <paramref name="shift"/>.</summary>
    public static string At(IReadOnlyList<string> cells, int column, int shift)
    {
        var c = column - shift;
        return c >= 0 && c < cells.Count ? cells[c].Trim() : string.Empty;
    }

    private static int Fit(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int shift)
    {
        var fit = 0;
        foreach (var (role, column) in columns)
        {
            var text = At(cells, column, shift);
            if (TextKey.Of(text).Length == 0) continue;
            fit += role switch
            {
                ColumnRole.Name => CellKinds.IsLabel(text) ? 2 : -2,
                ColumnRole.Weight or ColumnRole.Score => CellKinds.IsNumber(text) ? 2 : -2,
                ColumnRole.Target or ColumnRole.Actual or ColumnRole.Rate => CellKinds.IsValue(text) ? 1 : CellKinds.IsNumber(text) ? 1 : 0,
                ColumnRole.Met => CellKinds.IsYesNo(text) ? 2 : -1,
                _ => 0,
            };
        }
        return fit;
    }
}
