namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A header label centred over a group of columns ("2023" over Q1–Q4, "CoNLL-03" over P R F1, "Men" over two age
/// groups) lies over the middle of its group, so its x alone puts it in one inner column. It spans the columns
/// whose figures a rule drawn right under it covers (booktabs' \cmidrule, a rule under each group), or else the
/// widest run of two or more columns it is centred over that no other piece of its line reaches into.
/// </summary>
public static class UnruledGroupLabels
{
    // Of a text height: lines overlapping a label's height by more than this are level with it.
    private const double MinLevelOverlap = 0.1;

    public static void Spread(List<Fragment> fragments, List<double> edges, double h, IReadOnlyList<RuleLine> rules)
    {
        var firstValueLine = fragments.Where(f => UnruledHeaderBand.IsValue(f.Text)).Select(f => f.Line).DefaultIfEmpty(-1).Min();
        if (firstValueLine <= 0) return;
        var columns = edges.Count - 1;
        // Where each column's figures lie: the pieces of the body that sit in that column alone.
        var extent = new (double X0, double X1)?[columns];
        for (var c = 0; c < columns; c++)
        {
            var body = fragments.Where(f => f.Line >= firstValueLine && f.C0 == c && f.C1 == c).ToList();
            if (body.Count > 0) extent[c] = (body.Min(f => f.X0), body.Max(f => f.X1));
        }
        foreach (var line in fragments.Where(f => f.Line < firstValueLine).GroupBy(f => f.Line))
        {
            var pieces = line.OrderBy(f => f.X0).ToList();
            for (var k = 0; k < pieces.Count; k++)
            {
                var f = pieces[k];
                if (f.C0 != f.C1 || f.C0 == 0) continue;
                var low = k > 0 ? pieces[k - 1].C1 + 1 : 1;
                var high = k + 1 < pieces.Count ? pieces[k + 1].C0 - 1 : columns - 1;
                var below = fragments.Where(g => g.Line > f.Line && g.Line < firstValueLine).ToList();
                var span = UnderRule(f, extent, low, high, h, rules) ?? Centred(f, extent, low, high, h, below, fragments);
                if (span is not { } s) continue;
                f.C0 = s.First;
                f.C1 = s.Last;
            }
        }
    }

    // A rule just under the label, no wider than its group, covering the figures of two or more columns (not the
    // stub's: a rule under the whole header is the head rule).
    private static (int First, int Last)? UnderRule(Fragment f, (double X0, double X1)?[] extent, int low, int high, double h,
        IReadOnlyList<RuleLine> rules)
    {
        foreach (var r in rules.Where(r => r.IsHorizontal))
        {
            var (x0, x1) = (Math.Min(r.X1, r.X2), Math.Max(r.X1, r.X2));
            var y = (r.Y1 + r.Y2) / 2;
            if (y < f.Y1 - 0.1 * h || y > f.Y1 + 0.8 * h || x0 > f.X0 + 0.5 * h || x1 < f.X1 - 0.5 * h) continue;
            var covered = Enumerable.Range(low, Math.Max(0, high - low + 1))
                .Where(c => extent[c] is { } e && e.X0 >= x0 - 0.5 * h && e.X1 <= x1 + 0.5 * h).ToList();
            // A rule under the whole header (a table's head rule) covers more than the columns between the label's
            // neighbours; only a rule whose columns are a run containing the label's own column marks its group.
            if (covered.Count < 2 || !covered.Contains(f.C0) || covered[^1] - covered[0] + 1 != covered.Count) continue;
            if (Enumerable.Range(0, extent.Length).Any(c => (c < low || c > high || c == 0) && extent[c] is { } e && e.X0 >= x0 - 0.5 * h && e.X1 <= x1 + 0.5 * h))
                continue;
            return (covered[0], covered[^1]);
        }
        return null;
    }

    // Without a rule: a label centred over an even run of columns (its middle falls between two of them, not on
    // the middle of its own), with sub-headers under the first and last of them. A group label stands above its
    // sub-headers: a header of those columns level with it (lines overlapping its height, on a line of their own) is
    // a cell of the same header row set at another height (全年预算数 over (A) beside 全年执行数(B) on one line,
    // left-aligned, its middle only by chance between those of its neighbours).
    private static (int First, int Last)? Centred(Fragment f, (double X0, double X1)?[] extent, int low, int high, double h,
        List<Fragment> below, List<Fragment> all)
    {
        var mid = (f.X0 + f.X1) / 2;
        if (extent[f.C0] is not { } own || Math.Abs(mid - (own.X0 + own.X1) / 2) <= 0.5 * h) return null;
        var level = all.Where(g => g.Line != f.Line && g.Y0 < f.Y1 - MinLevelOverlap * h && g.Y1 > f.Y0 + MinLevelOverlap * h).ToList();
        (int, int)? best = null;
        for (var a = low; a <= f.C0; a++)
            for (var b = Math.Max(a + 1, f.C0); b <= high; b++)
            {
                if (extent[a] is not { } ea || extent[b] is not { } eb) continue;
                if (Math.Abs(mid - (ea.X0 + eb.X1) / 2) > 0.5 * h || f.X0 < ea.X0 - h || f.X1 > eb.X1 + h) continue;
                if (!below.Any(g => g.C0 == a) || !below.Any(g => g.C1 == b)) continue;
                if (level.Exists(g => g.C0 <= b && g.C1 >= a)) continue;
                if (best is not { } c || b - a > c.Item2 - c.Item1) best = (a, b);
            }
        return best;
    }
}
