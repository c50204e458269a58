namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Tables set side by side without a grid, each with horizontal rules of its own (top, head, bottom) that stop
/// short of the other table. The line builder joins their rows that share a baseline, so they would be read as one
/// table; the gap the rules leave, which no word crosses, is where they part.
/// </summary>
public static class RuledSideBySide
{
    private const int MinRulesEachSide = 2;

    /// <summary>The lines cut at the gap: the lines above the rules, the left side's and the right side's parts
    /// between them, and the lines below; null when no such gap exists.</summary>
    public static IReadOnlyList<List<TextLine>>? Split(IReadOnlyList<TextLine> lines, IReadOnlyList<RuleLine> rules, double h)
    {
        var tolerance = Math.Max(1.5, 0.3 * h);
        var across = RuleSegments.Normalize(rules.Where(r => r.IsHorizontal), tolerance).Where(s => s.Horizontal).ToList();
        foreach (var a in across.OrderBy(s => s.End))
        {
            var left = across.Where(s => Math.Abs(s.End - a.End) <= tolerance).ToList();
            var right = across.Where(s => s.Start > a.End + h).ToList();
            if (left.Count < MinRulesEachSide || right.Count < MinRulesEachSide) continue;
            var start = right.Min(s => s.Start);
            right = right.Where(s => s.Start <= start + tolerance).ToList();
            if (right.Count < MinRulesEachSide) continue;
            var (top, bottom) = (Math.Min(left.Min(s => s.Pos), right.Min(s => s.Pos)), Math.Max(left.Max(s => s.Pos), right.Max(s => s.Pos)));
            // The two sets of rules stand beside each other, and no rule between their top and bottom crosses the gap.
            if (Math.Max(left.Min(s => s.Pos), right.Min(s => s.Pos)) > Math.Min(left.Max(s => s.Pos), right.Max(s => s.Pos))) continue;
            if (across.Any(s => s.Pos >= top - tolerance && s.Pos <= bottom + tolerance && s.Start < a.End + tolerance && s.End > start - tolerance)) continue;
            var between = Enumerable.Range(0, lines.Count).Where(i => lines[i].YMin >= top - tolerance && lines[i].YMax <= bottom + tolerance).ToList();
            if (between.Count == 0) continue;
            var (first, last) = (between[0], between[^1]);
            var edge = (a.End + start) / 2;
            var band = lines.Skip(first).Take(last - first + 1).ToList();
            if (band.Any(l => l.Words.Any(w => w.XMin < edge && w.XMax > edge))) continue;
            var l = band.Select(x => x.Words.Where(w => w.XMax <= edge).ToList()).Where(ws => ws.Count > 0).Select(ws => new TextLine(ws)).ToList();
            var r = band.Select(x => x.Words.Where(w => w.XMin >= edge).ToList()).Where(ws => ws.Count > 0).Select(ws => new TextLine(ws)).ToList();
            // Each side's rules run across its own text (subtotal rules under single figure columns do not).
            if (l.Count == 0 || r.Count == 0 || !RuledAcross(l, left, h) || !RuledAcross(r, right, h)) continue;
            return [lines.Take(first).ToList(), l, r, lines.Skip(last + 1).ToList()];
        }
        return null;
    }

    private static bool RuledAcross(List<TextLine> side, List<RuleSegment> rules, double h)
    {
        var (x0, x1) = (side.Min(l => l.XMin), side.Max(l => l.XMax));
        return rules.Count(s => s.Start <= x0 + h && s.End >= x1 - h) >= MinRulesEachSide;
    }
}
