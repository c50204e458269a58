namespace ReportMiner.Extraction.Alignment;

/// <summary>
/// Places a row's filled cells under a header's columns when a text export dropped the blank cells between them:
/// the cells keep their order, no two share a column, and the placement with the greatest total gain of its
/// (cell, column) pairs wins, plus what an optional whole-row check adds for the row as placed (a money row whose
/// spending over its budget gives its printed rate).
/// </summary>
/// <remarks>
/// Without a whole-row check the best placement is found column by column (dynamic programming over cells and
/// columns); a whole-row check is not a sum over cells, so with one every placement is tried, for at most
/// <see cref="MaxColumnsWithWholeRowCheck"/> columns. Either way each gain is asked for once.
/// </remarks>
public static class OrderedPlacement
{
    /// <summary>The widest header a whole-row check is run for: C(16, 8) = 12 870 placements at most.</summary>
    public const int MaxColumnsWithWholeRowCheck = 16;

    /// <param name="cells">How many cells to place, in order.</param>
    /// <param name="columns">How many columns they may go under, numbered 0 … columns − 1 left to right.</param>
    /// <param name="gain">What placing cell i under column c adds.</param>
    /// <param name="ties">Which of equally good placements wins.</param>
    /// <param name="wholeRow">What the placement as a whole adds (the columns of cells 0 … cells − 1).</param>
    /// <returns>The best placement, or null when the cells outnumber the columns.</returns>
    public static Placement? Best(int cells, int columns, Func<int, int, double> gain, TiesGo ties, Func<int[], double>? wholeRow = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cells);
        if (cells > columns) return null;
        if (wholeRow is not null && columns > MaxColumnsWithWholeRowCheck)
            throw new ArgumentOutOfRangeException(nameof(columns), columns, $"A whole-row check tries every placement: at most {MaxColumnsWithWholeRowCheck} columns.");
        var gains = Gains(cells, columns, gain);
        if (wholeRow is not null) return Exhaustive(cells, columns, gains, ties, wholeRow);
        if (ties == TiesGo.Left) return Leftmost(cells, columns, gains);
        // Ties to the right are ties to the left in the mirrored row: last cell first, rightmost column first.
        var mirrored = Leftmost(cells, columns, (cell, column) => gains(cells - 1 - cell, columns - 1 - column));
        return new Placement(Enumerable.Reverse(mirrored.Columns).Select(c => columns - 1 - c).ToArray(), mirrored.Score);
    }

    /// <summary>Whether <paramref name="candidate"/> wins a tie against <paramref name="current"/>.</summary>
    private static bool WinsTie(IReadOnlyList<int> candidate, IReadOnlyList<int> current, TiesGo ties)
    {
        if (ties == TiesGo.Right)
        {
            for (var i = 0; i < candidate.Count; i++)
                if (candidate[i] != current[i]) return candidate[i] > current[i];
            return false;
        }
        for (var i = candidate.Count - 1; i >= 0; i--)
            if (candidate[i] != current[i]) return candidate[i] < current[i];
        return false;
    }

    /// <summary>Each gain once, for the columns a cell can stand under with room for the cells before and after it.</summary>
    private static Func<int, int, double> Gains(int cells, int columns, Func<int, int, double> gain)
    {
        var spare = columns - cells;
        var table = new double[cells, spare + 1];
        for (var i = 0; i < cells; i++)
            for (var c = i; c <= i + spare; c++) table[i, c - i] = gain(i, c);
        return (cell, column) => table[cell, column - cell];
    }

    /// <summary>
    /// best[i, j]: the best total of the first i cells with cell i − 1 under column j − 1. Of equal totals the
    /// one whose cells stand furthest left wins, judged from the last cell: the first maximum, scanning left to right.
    /// </summary>
    private static Placement Leftmost(int cells, int columns, Func<int, int, double> gains)
    {
        var best = new double[cells + 1, columns + 1];
        var from = new int[cells + 1, columns + 1];
        for (var i = 0; i <= cells; i++)
            for (var j = 0; j <= columns; j++) best[i, j] = double.NegativeInfinity;
        best[0, 0] = 0;
        var spare = columns - cells;
        for (var i = 1; i <= cells; i++)
            for (var j = i; j <= i + spare; j++)
                for (var p = i - 1; p < j; p++)
                {
                    if (double.IsNegativeInfinity(best[i - 1, p])) continue;
                    var total = best[i - 1, p] + gains(i - 1, j - 1);
                    if (total > best[i, j]) { best[i, j] = total; from[i, j] = p; }
                }
        var end = Enumerable.Range(cells, spare + 1).MaxBy(j => best[cells, j]);
        var placed = new int[cells];
        for (int i = cells, j = end; i > 0; j = from[i, j], i--) placed[i - 1] = j - 1;
        return new Placement(placed, best[cells, end]);
    }

    private static Placement Exhaustive(int cells, int columns, Func<int, int, double> gains, TiesGo ties, Func<int[], double> wholeRow)
    {
        Placement? best = null;
        foreach (var placed in Increasing(cells, 0, columns - 1))
        {
            var score = 0.0;
            for (var i = 0; i < cells; i++) score += gains(i, placed[i]);
            score += wholeRow(placed);
            if (best is null || score > best.Score || (score == best.Score && WinsTie(placed, best.Columns, ties)))
                best = new Placement(placed, score);
        }
        return best!;
    }

    /// <summary>Every increasing choice of <paramref name="count"/> columns from first … last, leftmost first.</summary>
    private static IEnumerable<int[]> Increasing(int count, int first, int last)
    {
        if (count == 0) { yield return []; yield break; }
        for (var c = first; c <= last - count + 1; c++)
            foreach (var rest in Increasing(count - 1, c + 1, last))
                yield return [c, .. rest];
    }
}

/// <summary>Cell i stands under column Columns[i]; Score is the placement's total gain.</summary>
public sealed record Placement(int[] Columns, double Score);

/// <summary>Which of equally good placements wins.</summary>
public enum TiesGo
{
    /// <summary>The one whose cells stand furthest right, judged from the first cell (a later column for it wins).</summary>
    Right,

    /// <summary>The one whose cells stand furthest left, judged from the last cell (an earlier column for it wins).</summary>
    Left,
}
