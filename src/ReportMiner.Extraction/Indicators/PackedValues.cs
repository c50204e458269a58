using ReportMiner.Extraction.Alignment;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The value cells right of a row's name when a text export dropped the blank cells between them: filled cells
/// packed together, fewer than the header's columns right of the name. They keep their order and are placed
/// under the columns they fit best; every column skipped before the last placed cell costs
/// <see cref="SkipCost"/>, more than a cell gains by moving to a column it fits only a little better, so
/// cells move only away from a column that cannot hold them. A row that writes a value in words or with its unit
/// ("100%", "达标") and also bare numbers of points writes those numbers as its 分值/得分: under a target or actual
/// column with a points column right of it they gain nothing, so "100% | 20 | 18" fills 分值 and 得分, not 完成值.
/// </summary>
internal static class PackedValues
{
    private const double SkipCost = 1.5;
    private const double MostPoints = 100;

    /// <returns>Null when the row is not packed (it has blank cells in place, or as many cells as columns).</returns>
    public static (IReadOnlyDictionary<int, int> Cells, double Fit)? Place(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int width, int shift, bool pointsAfterValues = true)
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
        var written = pointsAfterValues && WritesUnits(columns) && Enumerable.Range(first, count).Any(c => IsWrittenValue(cells[c]));
        double Gain(int cell, int slot)
        {
            var text = cells[first + cell].Trim();
            if (IndicatorNames.IsBarePlaceholder(text)) return 0;
            if (written && roleAt[slot] is ColumnRole.Target or ColumnRole.Actual && IsPoints(text) && roleAt.Skip(slot + 1).Any(IsPointsRole)) return 0;
            return RowAligner.CellFit(roleAt[slot], text);
        }

        // The last cell's column says how many columns were skipped before it: that many less the cells before it.
        double Cost(int cell, int slot) => cell == count - 1 ? SkipCost * (slot - cell) : 0;
        var best = OrderedPlacement.Best(count, slots, (cell, slot) => Gain(cell, slot) - Cost(cell, slot), TiesGo.Left)!;
        var placed = new Dictionary<int, int>();
        for (var i = count - 1; i >= 0; i--) placed[nameColumn + 1 + best.Columns[i]] = first + i;
        return (placed, best.Score);
    }

    /// <summary>A value written in words or with its unit or sign: not a bare number, not a dash.</summary>
    private static bool IsWrittenValue(string text)
    {
        var key = TextKey.Of(text);
        return !CellKinds.IsNumber(text) && !IndicatorNames.IsBarePlaceholder(text) && key.Any(c => char.IsLetterOrDigit(c));
    }

    private static bool IsPoints(string text) => CellKinds.IsNumber(text) && IndicatorValues.Number(text) is >= 0 and <= MostPoints;

    /// <summary>A form with its own 度量单位 or 指标性质 column writes its values as bare numbers by design.</summary>
    private static bool WritesUnits(IReadOnlyDictionary<ColumnRole, int> columns) =>
        !columns.ContainsKey(ColumnRole.Unit) && !columns.ContainsKey(ColumnRole.TargetOp);

    private static bool IsPointsRole(ColumnRole role) => role is ColumnRole.Weight or ColumnRole.Score;

    /// <summary>
    /// How many bare numbers of points a row read at <paramref name="shift"/> puts under a target or actual column
    /// with a points column right of it, when the row also writes a value in words or with its unit: what the
    /// positional reading loses against the packed one, which puts them under 分值/得分.
    /// </summary>
    public static int MisplacedPoints(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int shift)
    {
        if (!columns.TryGetValue(ColumnRole.Name, out var name) || !WritesUnits(columns)) return 0;
        var values = cells.Skip(Math.Max(0, name - shift + 1)).ToList();
        if (!values.Any(IsWrittenValue)) return 0;
        var lastPoints = columns.Where(kv => IsPointsRole(kv.Key)).Select(kv => kv.Value).DefaultIfEmpty(-1).Max();
        return columns.Count(kv => kv.Key is ColumnRole.Target or ColumnRole.Actual && kv.Value < lastPoints
                                   && IsPoints(RowAligner.At(cells, kv.Value, shift)));
    }
}
