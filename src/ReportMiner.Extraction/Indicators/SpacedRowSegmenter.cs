using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Cuts a run of cells that lost their row breaks into rows under a header: every row starts at a level or name
/// column and its cells go left to right; the cut where the cells fit their columns best (labels under names, level
/// labels under level columns, bare points under 分值/得分, few columns skipped, few rows) wins.
/// </summary>
internal static partial class SpacedRowSegmenter
{
    private const int NewRowCost = 3;
    private const int SkippedValueCost = 1;
    private const int SkippedNameCost = 2;
    private const double SkippedLevelCost = 0.5;
    // Cells a page separated by spaces, one row per line: a row starts at a line's start, seldom inside a line, and
    // a line goes on with the row above only when its cells fit nowhere else (a value that wrapped).
    private const double LineRowCost = 0;
    private const double MidLineRowCost = 4;
    private const double LineGoOnCost = 2;

    /// <summary>
    /// The body's cells cut into rows, each row's cells placed under their columns: the best-fitting cut by dynamic
    /// programming over (cell, column), where a row starts at a level or name column and its cells go left to right.
    /// </summary>
    public static List<string[]> Segment(List<string> body, IndicatorHeader header) =>
        Segment(body, header, SpacedBreaks.None).Select(r => r.Cells).ToList();

    /// <summary>
    /// The same, for cells that a page wrote one row per line: a row starts where a line starts, seldom inside a line,
    /// and a line goes on with the row above only when its cells fit nowhere else (a value that wrapped onto a line of
    /// its own). Each row comes with the index of its first cell.
    /// </summary>
    public static List<(string[] Cells, int First)> Segment(List<string> body, IndicatorHeader header, SpacedBreaks breaks)
    {
        var width = header.Width;
        var roleOf = new ColumnRole[width];
        foreach (var (role, column) in header.Roles) roleOf[column] = role;
        var name = header.Roles[ColumnRole.Name];
        var isStart = Enumerable.Range(0, width).Select(c => c <= name && roleOf[c] is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name).ToArray();
        var n = body.Count;
        var best = new double[n, width];
        var from = new int[n, width];
        for (var i = 0; i < n; i++)
            for (var c = 0; c < width; c++) { best[i, c] = double.NegativeInfinity; from[i, c] = -1; }
        for (var c = 0; c < width; c++)
            if (isStart[c]) best[0, c] = Fit(roleOf[c], body[0]) - SkipCost(roleOf, name, -1, c);
        for (var i = 1; i < n; i++)
        {
            var lineStart = breaks.LineStarts?.Contains(i) ?? false;
            var newRowCost = breaks.LineStarts is null ? NewRowCost : lineStart ? LineRowCost : MidLineRowCost;
            var goOnCost = lineStart ? LineGoOnCost : 0;
            for (var c = 0; c < width; c++)
            {
                var fit = Fit(roleOf[c], body[i]);
                for (var p = 0; p < width; p++)
                {
                    if (double.IsNegativeInfinity(best[i - 1, p])) continue;
                    // The same row goes on to the right; a new row starts at a level or name column.
                    if (p < c)
                    {
                        var score = best[i - 1, p] + fit - SkipCost(roleOf, name, p, c) - goOnCost;
                        if (score > best[i, c]) { best[i, c] = score; from[i, c] = p; }
                    }
                    if (isStart[c])
                    {
                        var score = best[i - 1, p] + fit - newRowCost - SkipCost(roleOf, name, -1, c) - EndCost(roleOf, name, p);
                        if (score > best[i, c]) { best[i, c] = score; from[i, c] = p + width; }
                    }
                }
            }
        }
        var last = Enumerable.Range(0, width).MaxBy(c => best[n - 1, c] - EndCost(roleOf, name, c));
        var placed = new (int Column, bool NewRow)[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var previous = from[i, last];
            placed[i] = (last, i == 0 || previous >= width);
            last = previous >= width ? previous - width : previous;
        }
        var rows = new List<(string[] Cells, int First)>();
        for (var i = 0; i < n; i++)
        {
            if (placed[i].NewRow) rows.Add((Enumerable.Repeat(string.Empty, width).ToArray(), i));
            rows[^1].Cells[placed[i].Column] = body[i];
        }
        PointsOfUnvaluedRows(rows.Select(r => r.Cells).ToList(), header);
        return rows;
    }

    /// <summary>
    /// A scored form gives every indicator its points, but not every indicator a target and an actual value: a row
    /// whose only cells right of the name are two bare numbers, the first a weight other rows of the table carry
    /// ("指标1：工程质量合格 10 10" below "…项目数量 1 1 10 10"), holds 分值 and 得分, not the empty value columns the
    /// left-to-right cut puts them in.
    /// </summary>
    private static void PointsOfUnvaluedRows(List<string[]> rows, IndicatorHeader header)
    {
        if (!(header.Roles.TryGetValue(ColumnRole.Target, out var target) && header.Roles.TryGetValue(ColumnRole.Actual, out var actual)
              && header.Roles.TryGetValue(ColumnRole.Weight, out var weight) && header.Roles.TryGetValue(ColumnRole.Score, out var score)
              && target < actual && actual < weight && weight < score)) return;
        var name = header.Roles[ColumnRole.Name];
        var weights = rows.Where(r => r[weight].Length > 0 && r[target].Length + r[actual].Length > 0)
            .Select(r => IndicatorValues.Number(r[weight])).OfType<double>().ToHashSet();
        if (weights.Count == 0) return;
        foreach (var row in rows)
        {
            var filled = Enumerable.Range(name + 1, row.Length - name - 1).Where(c => row[c].Length > 0).ToList();
            if (filled.Count != 2 || filled[0] != target || filled[1] != actual) continue;
            if (!CellKinds.IsNumber(row[target]) || !CellKinds.IsNumber(row[actual])) continue;
            if (IndicatorValues.Number(row[target]) is not { } w || !weights.Contains(w) || IndicatorValues.Number(row[actual]) is not { } s || s > w) continue;
            (row[weight], row[score], row[target], row[actual]) = (row[target], row[actual], string.Empty, string.Empty);
        }
    }

    /// <summary>How well a cell fits a column; a short label is no explanation or reason.</summary>
    private static double Fit(ColumnRole role, string cell) =>
        role is ColumnRole.Reason or ColumnRole.Standard && CellKinds.IsLabel(cell) && TextKey.Of(cell).Length <= 12 && !Sentence().IsMatch(cell)
            ? -1
            : RowAligner.CellFit(role, cell);

    /// <summary>Columns a row leaves out between two of its cells: value columns right of the name, the name itself,
    /// and a level column between a level label and the name (成本指标 fits level 1 and level 2 alike: the one next
    /// to the name is meant).</summary>
    private static double SkipCost(ColumnRole[] roleOf, int name, int left, int right)
    {
        var cost = 0.0;
        for (var c = left + 1; c < right; c++)
            if (c == name) cost += SkippedNameCost;
            else if (c > name && IsValueRole(roleOf[c])) cost += SkippedValueCost;
            else if (left >= 0 && c < name && roleOf[c] is ColumnRole.Level1 or ColumnRole.Level2) cost += SkippedLevelCost;
        return cost;
    }

    /// <summary>A row that ends before its name has no indicator.</summary>
    private static double EndCost(ColumnRole[] roleOf, int name, int lastColumn) => lastColumn < name ? SkippedNameCost : 0;

    private static bool IsValueRole(ColumnRole role) =>
        role is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Weight or ColumnRole.Score or ColumnRole.Rate or ColumnRole.TargetOp or ColumnRole.Unit;

    // Reasons and scoring rules are sentences: punctuation inside, or long.
    [GeneratedRegex(@"[，,。；;：:]")]
    private static partial Regex Sentence();
}

/// <summary>Where the lines of a run of cells start: null when the run is one line (a paragraph that holds the whole table).</summary>
internal sealed record SpacedBreaks(IReadOnlySet<int>? LineStarts)
{
    public static readonly SpacedBreaks None = new((IReadOnlySet<int>?)null);
}
