using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Fits a row's cells under its header's columns. Exports lose merged cells: a text export may drop an empty cell
/// at the start of a row and add one at its end (shift −1), and a row under a level-1/level-2 cell that spans it
/// often lists only its own cells, so they start one or two columns right of their headers (shift +1, +2).
/// Each row is read at the shift where its cells best fit what their headers expect (a framework level label
/// under a level column, a label under the name, a comparator under 指标性质, numbers under weight and score);
/// shift 0 wins unless another fits clearly better. A text export also drops blank cells inside a row (a sub-item
/// with a target and an actual but no 分值 or 得分 of its own): the value cells right of the name, packed together
/// and fewer than the columns there, are placed in order under the columns they fit, skipping a column only where
/// the packed reading would put a cell under a column that cannot hold it ("1.5亩" under 分值).
/// </summary>
public static class RowAligner
{
    private const int MaxLeadingCellsLost = 5;
    private const int ForeignName = -2;

    /// <param name="spansFromAbove">True for a cell that belongs to an earlier row (a merged cell spanning down):
    /// it sits in its real column already and says nothing about this row's own cells.</param>
    public static int BestShift(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int width = 0, Func<int, bool>? spansFromAbove = null) =>
        Align(cells, columns, width, spansFromAbove).Shift;

    /// <summary>The alignment of a row under its header: the best shift and, for a row whose blank value cells were
    /// dropped, where its value cells go.</summary>
    /// <param name="pointsAfterValues">False while the header's points columns are still being found from the rows
    /// (<see cref="PointsColumns"/>): bare points are then read where they stand.</param>
    public static RowAlignment Align(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int width = 0, Func<int, bool>? spansFromAbove = null,
        bool pointsAfterValues = true)
    {
        (cells, var foreign) = WithoutForeignCells(cells, spansFromAbove);
        var atZero = Fitted(cells, columns, width, 0, foreign, pointsAfterValues: false);
        var lost = Math.Min(MaxLeadingCellsLost, Math.Max(1, width - Filled(cells)));
        var best = atZero;
        foreach (var shift in Enumerable.Range(1, lost).Append(-1))
        {
            if (LosesOwnName(cells, columns, shift, foreign)) continue;
            var fitted = Fitted(cells, columns, width, shift, foreign, pointsAfterValues: false);
            if (fitted.Fit > best.Fit) best = fitted;
        }
        var chosen = best.Fit > atZero.Fit + 1 ? best.Alignment : atZero.Alignment;
        // Where bare points go is decided after the shift, so it moves value cells only, never the name or the levels.
        return pointsAfterValues ? Fitted(cells, columns, width, chosen.Shift, foreign, pointsAfterValues: true).Alignment : chosen;
    }

    /// <summary>The alignment of a row at a shift decided from outside the row (<see cref="SiblingLevel2"/>).</summary>
    public static RowAlignment AlignAt(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int width, int shift, Func<int, bool>? spansFromAbove = null)
    {
        (cells, var foreign) = WithoutForeignCells(cells, spansFromAbove);
        return Fitted(cells, columns, width, shift, foreign, pointsAfterValues: true).Alignment;
    }

    /// <summary>
    /// True when reading the row at <paramref name="shift"/> would put its name column left of its first cell while the
    /// row opens with a short name of its own there (nothing written left of it). A short name ("培训人数", "资产管理安全")
    /// also reads as a value, so a row with fewer cells than its header could otherwise be read with its name under a
    /// value column and no name at all. A total (合计 | 100 | 96), longer texts and rows with text before the name keep
    /// the fitted reading: a form's closing rows (其他需要说明事项 | 无 | 总分 | 100 | 96) are no indicators.
    /// </summary>
    private static bool LosesOwnName(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int shift, bool[] foreign) =>
        columns.TryGetValue(ColumnRole.Name, out var name) && LeftOfRow(name, shift) && name < cells.Count && !foreign[name]
        && CellKinds.IsValue(cells[name]) && !IndicatorNames.IsBarePlaceholder(cells[name]) && IndicatorFooters.OfText(cells[name]) is null
        && CellFit(ColumnRole.Name, cells[name]) > 0 && cells.Take(name).All(c => TextKey.Of(c).Length == 0);

    /// <summary>The row with the cells of an earlier row blanked, and which cells those were.</summary>
    private static (IReadOnlyList<string> Cells, bool[] Foreign) WithoutForeignCells(IReadOnlyList<string> cells, Func<int, bool>? spansFromAbove)
    {
        var foreign = cells.Select((_, i) => spansFromAbove?.Invoke(i) ?? false).ToArray();
        return (spansFromAbove is null ? cells : cells.Select((c, i) => foreign[i] ? string.Empty : c).ToArray(), foreign);
    }

    private static (RowAlignment Alignment, double Fit) Fitted(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int width, int shift, bool[] foreign, bool pointsAfterValues)
    {
        // Read so that a cell of an earlier row (spanning down) lies under the name, a row has no name of its own.
        var nameAt = columns.TryGetValue(ColumnRole.Name, out var name) ? name - shift : -1;
        var foreignName = nameAt >= 0 && nameAt < foreign.Length && foreign[nameAt] ? ForeignName : 0;
        var positional = Fit(cells, columns, shift) + foreignName;
        if (PackedValues.Place(cells, columns, width, shift, pointsAfterValues) is not { } placed) return (new RowAlignment(shift), positional);
        var prefix = Fit(cells, columns.Where(kv => kv.Value <= columns[ColumnRole.Name]).ToDictionary(kv => kv.Key, kv => kv.Value), shift) + foreignName;
        // Against the packed reading, bare points the positional reading leaves under a value column count for nothing.
        var positionalAgainstPacked = positional - (pointsAfterValues ? PackedValues.MisplacedPoints(cells, columns, shift) : 0);
        return prefix + placed.Fit > positionalAgainstPacked ? (new RowAlignment(shift, placed.Cells), prefix + placed.Fit) : (new RowAlignment(shift), positional);
    }

    /// <summary>The cell under <paramref name="column"/> when the row is read shifted by <paramref name="shift"/>.</summary>
    public static string At(IReadOnlyList<string> cells, int column, int shift)
    {
        var c = column - shift;
        return c >= 0 && c < cells.Count ? cells[c].Trim() : string.Empty;
    }

    /// <summary>True when the row, read at <paramref name="shift"/>, has no cell at all under <paramref name="column"/>
    /// (it lies left of the row's first cell): the cell spanning from an earlier row holds it.</summary>
    public static bool LeftOfRow(int column, int shift) => column - shift < 0;

    /// <summary>How many cells the row writes up to its last filled one (a table pads short rows with blanks).</summary>
    internal static int Filled(IReadOnlyList<string> cells)
    {
        var last = cells.Count - 1;
        while (last >= 0 && TextKey.Of(cells[last]).Length == 0) last--;
        return last + 1;
    }

    private static int Fit(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int shift)
    {
        var fit = 0;
        foreach (var (role, column) in columns)
        {
            var text = At(cells, column, shift);
            if (TextKey.Of(text).Length == 0 || IndicatorNames.IsBarePlaceholder(text)) continue;
            fit += CellFit(role, text);
        }
        return fit;
    }

    /// <summary>How well a cell's text fits under a column of <paramref name="role"/>: positive fits, negative cannot be.</summary>
    internal static int CellFit(ColumnRole role, string text) =>
            role switch
            {
                // The slot's number ("指标1.培训成本") is the form's, not a figure of the name's.
                ColumnRole.Name => !CellKinds.IsLabel(text) || IndicatorFramework.IsLevelLabel(text) || CellKinds.IsComparator(text) ? -2
                    : IndicatorNames.WithoutPlaceholder(text).Any(char.IsAsciiDigit) ? 1 : 2,
                ColumnRole.Level1 => LevelFit(text, level1: true),
                ColumnRole.Level2 => LevelFit(text, level1: false),
                ColumnRole.Weight or ColumnRole.Score => CellKinds.IsNumber(text) ? 2 : -2,
                ColumnRole.Target or ColumnRole.Actual or ColumnRole.Rate => IndicatorFramework.IsLevelLabel(text) ? -2 : CellKinds.IsValue(text) || CellKinds.IsNumber(text) ? 1 : 0,
                ColumnRole.Met => CellKinds.IsYesNo(text) ? 2 : -1,
                ColumnRole.TargetOp => CellKinds.IsComparator(text) ? 2 : -1,
                ColumnRole.Unit => CellKinds.IsUnit(text) ? 1 : -2,
                // Explanations, scoring rules and reasons are sentences; a bare figure there belongs to a value column.
                ColumnRole.Standard or ColumnRole.Reason => CellKinds.IsValue(text) && TextKey.Of(text).Any(char.IsAsciiDigit) ? -1 : 0,
                _ => 0,
            };

    private static bool IsFigure(string text) => CellKinds.IsValue(text) && TextKey.Of(text).Any(char.IsAsciiDigit) && !CellKinds.IsLabel(text);

    private static int LevelFit(string text, bool level1)
    {
        // A level cell is a framework label, never a figure: "80M" or "≥95%" under a level column means the row's
        // own cells start further right (its level cells span down from an earlier row).
        if (CellKinds.IsNumber(text) || IsFigure(text)) return -2;
        // A name written into the form's numbered slot stands in the name column.
        if (IndicatorNames.OpensFilledSlot(text)) return -2;
        if (!IndicatorFramework.IsLevelLabel(text)) return 0;
        // 成本指标 and 满意度指标 are level-1 labels in one framework and level-2 labels in another.
        if (IndicatorFramework.IsLevel1Label(text) && IndicatorFramework.Level1Of(text) is not null) return 1;
        return IndicatorFramework.IsLevel1Label(text) == level1 ? 2 : -1;
    }
}
