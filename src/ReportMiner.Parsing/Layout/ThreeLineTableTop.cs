namespace ReportMiner.Parsing.Layout;

/// <summary>
/// The top of a three-line table (三线表): a rule above the table, one under its header row and one below it, no
/// verticals. Its first rows often have no line with wide gaps of their own (a long 项目名称 wrapped over several
/// lines beside its label), so the borderless reconstruction starts lower down; the top rule tells where the table
/// really begins. The lines between the highest such rule and the first line with wide gaps are the table's.
/// </summary>
public static class ThreeLineTableTop
{
    private const int MaxLinesAbove = 8;
    private const double MaxLineGap = 1.5;
    private const int MaxSpanningRules = 2;

    /// <summary>
    /// The index of the first line below the table's top rule, or <paramref name="start"/> when no horizontal rule
    /// spanning the table (and touched by no vertical) lies a few close lines above it with another below it.
    /// </summary>
    public static int Start(IReadOnlyList<TextLine> lines, int start, int end, int floor, IReadOnlyList<RuleLine> rules, double h)
    {
        if (rules.Count == 0 || start <= floor || end <= start) return start;
        var tolerance = Math.Max(1.5, 0.3 * h);
        var segments = RuleSegments.Normalize(rules, tolerance);
        var body = lines.Skip(start).Take(end - start).ToList();
        var (left, right) = (body.Min(l => l.XMin), body.Max(l => l.XMax));
        var spanning = segments.Where(s => s.Horizontal && s.Covers(left, right, h)
                                           && !segments.Any(v => !v.Horizontal && v.Pos > s.Start - tolerance && v.Pos < s.End + tolerance
                                                                 && v.Start <= s.Pos + tolerance && v.End >= s.Pos - tolerance))
            .Select(s => s.Pos).ToList();
        var top = start;
        var crossed = 0;
        for (var k = start; k > Math.Max(floor, start - MaxLinesAbove); k--)
        {
            var (above, below) = (lines[k - 1], lines[k]);
            if (spanning.Any(y => y >= above.YMax - 0.2 * h && y <= below.YMin + 0.2 * h))
            {
                if (++crossed > MaxSpanningRules) break;
                top = k;
            }
            // A caption apart from the table, or text wider than it, is not the table's.
            if (below.YMin - above.YMax > MaxLineGap * h || above.XMin < left - h || above.XMax > right + h) break;
            // The page's first line under a rule: nothing above it to compare with.
            if (k - 1 == 0 && floor == 0 && spanning.Any(y => y <= above.YMin + 0.2 * h && y >= above.YMin - MaxLineGap * h))
                top = 0;
        }
        // The head or the bottom rule: a three-line table is ruled below its top too.
        var lower = spanning.Count(y => y > lines[top].YMin && y <= body[^1].YMax + 1.5 * h);
        return top < start && lower >= 1 ? top : start;
    }
}
