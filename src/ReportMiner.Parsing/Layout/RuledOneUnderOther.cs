namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Two ruled grids drawn one under the other, the lower one from the upper one's bottom rule, touch and are one
/// cluster of rules. Where a rule across the whole frame has no inner vertical crossing it, none of the inner
/// verticals above it lines up with one below it (two verticals in line would have merged into one crossing it),
/// and each side is a plain grid of two or more rows whose inner verticals run its whole height, the two sides are
/// two tables. A form's blocks in one frame (a budget block on an indicator block) share some verticals, or have
/// cells merged across columns, so they stay one table.
/// </summary>
public static class RuledOneUnderOther
{
    private const int MinRows = 2;

    public static IEnumerable<List<RuleSegment>> Split(List<RuleSegment> cluster, double tolerance)
    {
        var horizontal = cluster.Where(s => s.Horizontal).ToList();
        var vertical = cluster.Where(s => !s.Horizontal).ToList();
        if (horizontal.Count == 0 || vertical.Count == 0) return [cluster];
        var (left, right) = (vertical.Min(v => v.Pos), vertical.Max(v => v.Pos));
        var (top, bottom) = (horizontal.Min(h => h.Pos), horizontal.Max(h => h.Pos));
        bool Inner(RuleSegment v) => v.Pos > left + tolerance && v.Pos < right - tolerance;
        foreach (var y in RuleSegments.DistinctPositions(horizontal.Select(h => h.Pos), tolerance))
        {
            if (y <= top + tolerance || y >= bottom - tolerance) continue;
            if (!horizontal.Any(h => Math.Abs(h.Pos - y) <= tolerance && h.Covers(left, right, tolerance))) continue;
            var inner = vertical.Where(Inner).ToList();
            if (inner.Any(v => v.Start < y - tolerance && v.End > y + tolerance)) continue;
            var above = inner.Where(v => v.End <= y + tolerance).ToList();
            var below = inner.Where(v => v.Start >= y - tolerance).ToList();
            if (!PlainGrid(above, horizontal, top, y, tolerance) || !PlainGrid(below, horizontal, y, bottom, tolerance)) continue;
            var upper = cluster.Where(s => s.Horizontal ? s.Pos <= y + tolerance : s.Start < y - tolerance)
                .Select(s => s.Horizontal ? s : s with { End = Math.Min(s.End, y) }).ToList();
            var lower = cluster.Where(s => s.Horizontal ? s.Pos >= y - tolerance : s.End > y + tolerance)
                .Select(s => s.Horizontal ? s : s with { Start = Math.Max(s.Start, y) }).ToList();
            return new[] { upper }.Concat(Split(lower, tolerance));
        }
        return [cluster];
    }

    // Inner verticals each from the side's top to its bottom, and at least two rows.
    private static bool PlainGrid(List<RuleSegment> inner, List<RuleSegment> horizontal, double from, double to, double tolerance) =>
        inner.Count > 0
        && inner.All(v => Math.Abs(v.Start - from) <= tolerance && Math.Abs(v.End - to) <= tolerance)
        && RuleSegments.DistinctPositions(horizontal.Where(h => h.Pos >= from - tolerance && h.Pos <= to + tolerance).Select(h => h.Pos), tolerance).Count > MinRows;
}
