namespace ReportMiner.Parsing.Layout;

/// <summary>Splits a page's rules into groups that touch each other: each group is one candidate table frame.</summary>
public static class RuleClusters
{
    public static IReadOnlyList<List<RuleSegment>> Find(IReadOnlyList<RuleSegment> segments, double tolerance)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < segments.Count; i++)
            for (var j = i + 1; j < segments.Count; j++)
                if (Touch(segments[i], segments[j], tolerance))
                    parent[Root(i)] = Root(j);
        return Enumerable.Range(0, segments.Count).GroupBy(Root)
            .Select(g => g.Select(i => segments[i]).ToList()).ToList();
    }

    /// <summary>
    /// Frames set side by side that touch are one cluster; where no horizontal rule of the cluster crosses a vertical
    /// one — not even a top or bottom border — and each side has rules of its own, the two sides are two tables
    /// (their rows need not line up). Cells of one table share at least its outer borders. Grids drawn side by side
    /// from one top (or bottom) line merge their top borders into one rule, and a row of one may end level with a
    /// row of the other; when at least two row rules of each side stop at the vertical and more stop there on each
    /// side than cross it, the two sides are two tables too — the rows of one table go on across its verticals
    /// wherever no merged cell stops them, so a vertical with merged cells on both sides at every row is no table's.
    /// </summary>
    public static IEnumerable<List<RuleSegment>> SplitSideBySide(List<RuleSegment> cluster, double tolerance)
    {
        var horizontal = cluster.Where(s => s.Horizontal).ToList();
        var vertical = cluster.Where(s => !s.Horizontal).ToList();
        foreach (var x in RuleSegments.DistinctPositions(vertical.Select(v => v.Pos), tolerance))
        {
            var crossing = horizontal.Where(h => h.Start < x - tolerance && h.End > x + tolerance).ToList();
            if (crossing.Count > 0 && !RowsStopOnBothSides(horizontal, crossing, x, tolerance)) continue;
            var cut = horizontal.Except(crossing).Concat(crossing.SelectMany(h => new[] { h with { End = x }, h with { Start = x } })).ToList();
            var leftRules = cut.Where(h => h.End <= x + tolerance).ToList();
            var rightRules = cut.Where(h => h.Start >= x - tolerance).ToList();
            // The borders at x belong to the side whose rules they join (both, when they join either or neither).
            bool Joins(RuleSegment v, List<RuleSegment> rules) => rules.Count > 0
                && v.Start >= rules.Min(h => h.Pos) - tolerance && v.End <= rules.Max(h => h.Pos) + tolerance;
            bool Shared(RuleSegment v) => Joins(v, leftRules) == Joins(v, rightRules);
            var left = leftRules.Concat(vertical.Where(v => v.Pos < x - tolerance
                || Math.Abs(v.Pos - x) <= tolerance && (Joins(v, leftRules) || Shared(v)))).ToList();
            var right = rightRules.Concat(vertical.Where(v => v.Pos > x + tolerance
                || Math.Abs(v.Pos - x) <= tolerance && (Joins(v, rightRules) || Shared(v)))).ToList();
            if (!IsFrame(left, tolerance) || !IsFrame(right, tolerance)) continue;
            return new[] { left }.Concat(SplitSideBySide(right, tolerance));
        }
        return [cluster];
    }

    private static bool RowsStopOnBothSides(List<RuleSegment> horizontal, List<RuleSegment> crossing, double x, double tolerance)
    {
        var (top, bottom) = (horizontal.Min(h => h.Pos), horizontal.Max(h => h.Pos));
        bool Inside(RuleSegment h) => h.Pos > top + tolerance && h.Pos < bottom - tolerance;
        var across = crossing.Count(Inside);
        var left = horizontal.Count(h => Inside(h) && Math.Abs(h.End - x) <= tolerance);
        var right = horizontal.Count(h => Inside(h) && Math.Abs(h.Start - x) <= tolerance);
        return left >= MinOwnRowRules && right >= MinOwnRowRules && across < Math.Min(left, right);
    }

    private const int MinOwnRowRules = 2;

    private static bool IsFrame(List<RuleSegment> side, double tolerance) =>
        RuleSegments.DistinctPositions(side.Where(s => s.Horizontal).Select(s => s.Pos), tolerance).Count >= 2
        && RuleSegments.DistinctPositions(side.Where(s => !s.Horizontal).Select(s => s.Pos), tolerance).Count >= 2;

    private static bool Touch(RuleSegment a, RuleSegment b, double tolerance)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.Pos - b.Pos) <= tolerance && a.Start <= b.End + tolerance && b.Start <= a.End + tolerance;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.Pos >= h.Start - tolerance && v.Pos <= h.End + tolerance
            && h.Pos >= v.Start - tolerance && h.Pos <= v.End + tolerance;
    }
}
