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
        return rows;
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
