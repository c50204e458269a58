using ReportMiner.Extraction.Alignment;
using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicator tables the header rules do not find (no header word, no level labels where the rules look for them),
/// found by the indicator-row model instead: in a project whose tables gave no indicator, a run of at least two
/// consecutive rows of one table that the model is sure are indicator rows is a candidate region. Its columns take
/// their roles from what the run's cells hold: level labels, then the leftmost column of labels as the name, then the
/// value columns placed in the national form's order (指标性质, 指标值, 度量单位, 实际完成值, 完成率, 分值, 得分, 是否达标,
/// 偏差原因) by <see cref="OrderedPlacement"/> as their cells fit.
/// </summary>
internal static class LearnedIndicatorRegions
{
    /// <summary>Chosen on the dev half (train-even, two folds by document): there single rows at p ≥ 0.9 were indicator
    /// rows 45–79% of the time, most of the rest nameless rows (产出指标 | 数量指标 | 88 | 100) that give no indicator anyway.</summary>
    public const double MinProbability = 0.9;
    private const int MinRows = 2;
    private const int LongestValue = 24;

    private static readonly ColumnRole[] ValueOrder =
    [
        ColumnRole.TargetOp, ColumnRole.Target, ColumnRole.Unit, ColumnRole.Actual, ColumnRole.Rate,
        ColumnRole.Weight, ColumnRole.Score, ColumnRole.Met, ColumnRole.Reason,
    ];

    /// <summary>REPORTMINER_REGION_MODEL=off switches the learned regions off for a run (to measure what they change).</summary>
    public static bool Enabled { get; } = !string.Equals(Environment.GetEnvironmentVariable("REPORTMINER_REGION_MODEL"), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>The candidate regions among a project's table rows, in reading order, each with the header its cells imply.</summary>
    public static IEnumerable<(IndicatorHeader Header, IReadOnlyList<DocItem> Rows)> Find(IReadOnlyList<DocItem> rows)
    {
        var run = new List<DocItem>();
        foreach (var item in rows)
        {
            var sure = IsIndicatorRow(item);
            if (run.Count > 0 && (!sure || run[^1].Table != item.Table || run[^1].Row != item.Row - 1))
            {
                if (Region(run) is { } region) yield return region;
                run = [];
            }
            if (sure) run.Add(item);
        }
        if (Region(run) is { } last) yield return last;
    }

    /// <summary>A run is read only when at least half of its rows hold a figure under a target, actual or rate column:
    /// items listed with amounts or points alone (办公费 | 80) are no indicator table.</summary>
    private static (IndicatorHeader, IReadOnlyList<DocItem>)? Region(List<DocItem> run) =>
        run.Count >= MinRows && HeaderOf(run) is { } header && run.Count(r => HasFigure(r, header)) * 2 >= run.Count ? (header, run) : null;

    private static bool HasFigure(DocItem row, IndicatorHeader header) =>
        new[] { ColumnRole.Target, ColumnRole.Actual, ColumnRole.Rate }
            .Any(role => header.Roles.TryGetValue(role, out var c) && c < row.Cells.Count && TextKey.Of(row.Cells[c]).Any(char.IsAsciiDigit));

    private static bool IsIndicatorRow(DocItem item) =>
        item.Table is { } table && item.Row is { } row
        && IndicatorRowClassifier.Default.IndicatorProbability(TableRowShape.Of(table, row)) >= MinProbability;

    /// <summary>The columns' roles from the cells under them, or null when the run has no column of names and values.</summary>
    internal static IndicatorHeader? HeaderOf(IReadOnlyList<DocItem> run)
    {
        var width = run.Max(r => r.Cells.Count);
        var written = Enumerable.Range(0, width)
            .Select(c => run.Where(r => c < r.Cells.Count && TextKey.Of(r.Cells[c]).Length > 0).Select(r => r.Cells[c]).ToList()).ToList();
        var columns = Enumerable.Range(0, width).Select(_ => new HeaderColumn(string.Empty, ColumnRole.None)).ToList();
        bool Mostly(int c, Func<string, bool> test) => written[c].Count > 0 && written[c].Count(test) * 2 > written[c].Count;

        var level1 = Enumerable.Range(0, width).FirstOrDefault(c => Mostly(c, t => CellShapes.KindOf(t) == CellShapes.Level1), -1);
        var level2 = Enumerable.Range(0, width).FirstOrDefault(c => c != level1 && Mostly(c, t => CellShapes.KindOf(t) == CellShapes.Level2), -1);
        if (level1 >= 0) columns[level1] = new HeaderColumn("一级指标", ColumnRole.Level1);
        if (level2 >= 0) columns[level2] = new HeaderColumn("二级指标", ColumnRole.Level2);
        var first = Math.Max(level1, level2) + 1;
        var name = Enumerable.Range(first, Math.Max(0, width - first))
            .FirstOrDefault(c => Mostly(c, t => CellKinds.IsLabel(t) && !IndicatorFramework.IsLevelLabel(t) && !CellKinds.IsComparator(t)), -1);
        if (name < 0) return null;
        columns[name] = new HeaderColumn("指标名称", ColumnRole.Name);

        var values = Enumerable.Range(name + 1, width - name - 1).Where(c => written[c].Count > 0).ToArray();
        var placed = OrderedPlacement.Best(values.Length, ValueOrder.Length,
            (i, slot) => written[values[i]].Sum(t => Fit(ValueOrder[slot], t)), TiesGo.Left);
        if (placed is null) return null;
        for (var i = 0; i < values.Length; i++)
            columns[values[i]] = new HeaderColumn(ValueOrder[placed.Columns[i]].ToString(), ValueOrder[placed.Columns[i]]);
        return IndicatorHeader.FromColumns(columns);
    }

    /// <summary>How a cell fits a value column: as under a header (<see cref="RowAligner.CellFit"/>), and a sentence is a reason, not a value.</summary>
    private static double Fit(ColumnRole role, string text)
    {
        var sentence = TextKey.Of(text).Length > LongestValue;
        return role switch
        {
            ColumnRole.Reason => sentence ? 1 : 0,
            ColumnRole.TargetOp or ColumnRole.Target or ColumnRole.Actual or ColumnRole.Rate when sentence => -1,
            _ => RowAligner.CellFit(role, text),
        };
    }
}
