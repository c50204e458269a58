namespace ReportMiner.Parsing.Layout;

/// <summary>The grid of one rule cluster: column and row positions and which cell borders are drawn.</summary>
public sealed class RuleGrid
{
    private const int MaxCells = 10_000;
    private readonly List<double> _xs;
    private readonly List<double> _ys;
    private readonly List<RuleSegment> _segments;
    private readonly double _tolerance;

    private RuleGrid(List<double> xs, List<double> ys, List<RuleSegment> segments, double tolerance)
    {
        _xs = xs;
        _ys = ys;
        _segments = segments;
        _tolerance = tolerance;
    }

    public static RuleGrid? From(List<RuleSegment> cluster, double tolerance)
    {
        var horizontal = cluster.Where(s => s.Horizontal).ToList();
        var vertical = cluster.Where(s => !s.Horizontal).ToList();
        if (horizontal.Count == 0 || vertical.Count == 0) return null;
        // A frame open at its sides still ends where its rules end.
        var xs = RuleSegments.DistinctPositions(vertical.Select(s => s.Pos)
            .Append(horizontal.Min(s => s.Start)).Append(horizontal.Max(s => s.End)), tolerance);
        var ys = RuleSegments.DistinctPositions(horizontal.Select(s => s.Pos)
            .Append(vertical.Min(s => s.Start)).Append(vertical.Max(s => s.End)), tolerance);
        if (xs.Count < 3 || ys.Count < 2 || (xs.Count - 1) * (ys.Count - 1) > MaxCells) return null;
        return new RuleGrid(xs, ys, cluster, tolerance);
    }

    public bool Contains(PositionedWord w)
    {
        var cx = (w.XMin + w.XMax) / 2;
        var cy = (w.YMin + w.YMax) / 2;
        return cx > _xs[0] && cx < _xs[^1] && cy > _ys[0] && cy < _ys[^1];
    }

    public GridTable? ToTable(int page, IReadOnlyList<PositionedWord> words)
    {
        int rows = _ys.Count - 1, cols = _xs.Count - 1;
        var regions = MergedRegions(rows, cols);
        var texts = new List<PositionedWord>[regions.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = [];
        var owner = new int[rows, cols];
        for (var i = 0; i < regions.Count; i++)
        {
            var (r0, c0, r1, c1) = regions[i];
            for (var r = r0; r <= r1; r++) for (var c = c0; c <= c1; c++) owner[r, c] = i;
        }
        foreach (var w in words)
        {
            var r = Index(_ys, (w.YMin + w.YMax) / 2);
            var c = Index(_xs, (w.XMin + w.XMax) / 2);
            texts[owner[r, c]].Add(w);
        }
        var cells = regions.Select((g, i) =>
        {
            var box = new LayoutBox(page, _xs[g.C0], _ys[g.R0], _xs[g.C1 + 1], _ys[g.R1 + 1]);
            var (text, endsFull, wrapped) = WrappedCellText.Join(texts[i], box);
            return new GridCell(g.R0, g.C0, g.R1 - g.R0 + 1, g.C1 - g.C0 + 1, text, page)
            {
                Box = box, EndsFull = endsFull, Wrapped = wrapped,
            };
        }).ToList();
        return new GridTable(page, _xs, _ys[0], _ys[^1], cells);
    }

    private List<(int R0, int C0, int R1, int C1)> MergedRegions(int rows, int cols)
    {
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cols; c++)
            {
                if (c + 1 < cols && !HasVertical(_xs[c + 1], _ys[r], _ys[r + 1])) parent[Root(r * cols + c)] = Root(r * cols + c + 1);
                if (r + 1 < rows && !HasHorizontal(_ys[r + 1], _xs[c], _xs[c + 1])) parent[Root(r * cols + c)] = Root((r + 1) * cols + c);
            }
        var regions = new Dictionary<int, (int R0, int C0, int R1, int C1)>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cols; c++)
            {
                var root = Root(r * cols + c);
                regions[root] = regions.TryGetValue(root, out var g)
                    ? (Math.Min(g.R0, r), Math.Min(g.C0, c), Math.Max(g.R1, r), Math.Max(g.C1, c))
                    : (r, c, r, c);
            }
        // A region that is not a rectangle (an L-shaped merge) would overlap others: the first one keeps the
        // positions, and positions left uncovered become cells of their own.
        var covered = new bool[rows, cols];
        var kept = new List<(int R0, int C0, int R1, int C1)>();
        foreach (var g in regions.Values.OrderBy(g => g.R0).ThenBy(g => g.C0))
        {
            if (Any(covered, g)) continue;
            for (var r = g.R0; r <= g.R1; r++) for (var c = g.C0; c <= g.C1; c++) covered[r, c] = true;
            kept.Add(g);
        }
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cols; c++)
                if (!covered[r, c]) kept.Add((r, c, r, c));
        return kept;
    }

    private static bool Any(bool[,] covered, (int R0, int C0, int R1, int C1) g)
    {
        for (var r = g.R0; r <= g.R1; r++)
            for (var c = g.C0; c <= g.C1; c++)
                if (covered[r, c]) return true;
        return false;
    }

    private bool HasVertical(double x, double y0, double y1) => Has(false, x, y0, y1);

    private bool HasHorizontal(double y, double x0, double x1) => Has(true, y, x0, x1);

    private bool Has(bool horizontal, double pos, double from, double to)
    {
        var slack = Math.Max(_tolerance, 0.25 * (to - from));
        return _segments.Any(s => s.Horizontal == horizontal && Math.Abs(s.Pos - pos) <= _tolerance
            && s.Covers(from, to, slack));
    }

    private static int Index(List<double> edges, double v)
    {
        for (var i = 1; i < edges.Count - 1; i++)
            if (v < edges[i]) return i - 1;
        return edges.Count - 2;
    }
}
