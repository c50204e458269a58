namespace ReportMiner.Parsing.Layout;

/// <summary>An axis-aligned rule reduced to its position and extent (Pos is y for horizontal rules, x for vertical).</summary>
public sealed record RuleSegment(bool Horizontal, double Pos, double Start, double End)
{
    public bool Covers(double from, double to, double tolerance) =>
        Start <= from + tolerance && End >= to - tolerance;
}

/// <summary>Turns raw ruling lines into merged axis-aligned segments: collinear pieces joined, tiny strokes dropped.</summary>
public static class RuleSegments
{
    public static IReadOnlyList<RuleSegment> Normalize(IEnumerable<RuleLine> rules, double tolerance)
    {
        var raw = new List<RuleSegment>();
        foreach (var r in rules)
        {
            var dx = Math.Abs(r.X2 - r.X1);
            var dy = Math.Abs(r.Y2 - r.Y1);
            if (r.IsHorizontal && dy <= tolerance && dx > tolerance)
                raw.Add(new RuleSegment(true, (r.Y1 + r.Y2) / 2, Math.Min(r.X1, r.X2), Math.Max(r.X1, r.X2)));
            else if (!r.IsHorizontal && dx <= tolerance && dy > tolerance)
                raw.Add(new RuleSegment(false, (r.X1 + r.X2) / 2, Math.Min(r.Y1, r.Y2), Math.Max(r.Y1, r.Y2)));
        }
        return Merge(raw.Where(s => s.Horizontal), tolerance).Concat(Merge(raw.Where(s => !s.Horizontal), tolerance)).ToList();
    }

    private static IEnumerable<RuleSegment> Merge(IEnumerable<RuleSegment> segments, double tolerance)
    {
        foreach (var lane in Cluster(segments.OrderBy(s => s.Pos), tolerance))
        {
            var pos = lane.Average(s => s.Pos);
            RuleSegment? current = null;
            foreach (var s in lane.OrderBy(s => s.Start))
            {
                if (current is not null && s.Start <= current.End + tolerance)
                    current = current with { End = Math.Max(current.End, s.End) };
                else
                {
                    if (current is not null) yield return current;
                    current = s with { Pos = pos };
                }
            }
            if (current is not null) yield return current;
        }
    }

    private static IEnumerable<List<RuleSegment>> Cluster(IEnumerable<RuleSegment> sorted, double tolerance)
    {
        var group = new List<RuleSegment>();
        foreach (var s in sorted)
        {
            if (group.Count > 0 && s.Pos - group[^1].Pos > tolerance)
            {
                yield return group;
                group = [];
            }
            group.Add(s);
        }
        if (group.Count > 0) yield return group;
    }

    /// <summary>Distinct positions of a set of values, values closer than the tolerance counted once.</summary>
    public static List<double> DistinctPositions(IEnumerable<double> values, double tolerance)
    {
        var result = new List<List<double>>();
        foreach (var v in values.Order())
        {
            if (result.Count > 0 && v - result[^1][^1] <= tolerance) result[^1].Add(v);
            else result.Add([v]);
        }
        return result.Select(g => g.Average()).ToList();
    }
}
