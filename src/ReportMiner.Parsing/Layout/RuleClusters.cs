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

    private static bool Touch(RuleSegment a, RuleSegment b, double tolerance)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.Pos - b.Pos) <= tolerance && a.Start <= b.End + tolerance && b.Start <= a.End + tolerance;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.Pos >= h.Start - tolerance && v.Pos <= h.End + tolerance
            && h.Pos >= v.Start - tolerance && h.Pos <= v.End + tolerance;
    }
}
