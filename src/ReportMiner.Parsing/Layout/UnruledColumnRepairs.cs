namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Corrections to the columns an unruled table's pieces were given from their x alone: indented row labels,
/// headers over right-aligned numbers, and header lines with one piece per column.
/// </summary>
public static class UnruledColumnRepairs
{
    // A line with exactly one piece per column (a header row left-aligned or centred over right-aligned numbers,
    // whose pieces sit in the gutters rather than over their numbers) whose pieces cross column edges or crowd
    // into one column gives its pieces to the columns in order, as long as none lies beyond the columns on either
    // side of its own.
    public static void OneFragmentPerColumn(List<Fragment> fragments, List<double> edges, double h)
    {
        var columns = edges.Count - 1;
        foreach (var line in fragments.GroupBy(f => f.Line))
        {
            var pieces = line.OrderBy(f => f.X0).ToList();
            if (pieces.Count != columns) continue;
            var crowded = pieces.Any(f => f.C0 != f.C1) || pieces.Select(f => f.C0).Distinct().Count() < pieces.Count;
            if (!crowded) continue;
            var near = pieces.Select((f, c) => (c == 0 || f.X0 >= edges[c - 1]) && (c + 2 >= edges.Count || f.X1 <= edges[c + 2])).All(x => x);
            if (!near) continue;
            for (var c = 0; c < columns; c++) pieces[c].C0 = pieces[c].C1 = c;
        }
    }

    // Row labels indented under a group label (financial statements, statistical stubs: "Revenue" under
    // "Continuing operations", "  城镇" under a region) start a little right of the group label but are the same
    // column: a column starting within a few text heights of the one before it, never sharing a line with it,
    // is merged into it.
    public static List<double> MergeIndentedColumns(List<Fragment> fragments, List<double> edges, double h)
    {
        var firstValueLine = fragments.Where(f => UnruledHeaderBand.IsValue(f.Text)).Select(f => f.Line).DefaultIfEmpty(0).Min();
        var valueLines = fragments.Where(f => UnruledHeaderBand.IsValue(f.Text)).Select(f => f.Line).ToHashSet();
        for (var k = 0; k + 2 < edges.Count; k++)
        {
            if (edges[k + 1] - edges[k] > MaxIndent * h) continue;
            var starts = fragments.GroupBy(f => f.Line).Select(l => l.Select(f => f.C0).ToHashSet()).ToList();
            if (starts.Any(s => s.Contains(k) && s.Contains(k + 1))) continue;
            if (!starts.Any(s => s.Contains(k)) || !starts.Any(s => s.Contains(k + 1))) continue;
            // Pieces far right of the column's start (a header centred over the next column's numbers, reaching
            // back into this column) do not say where its labels start, nor does a header centred over the stub.
            // In a table of figures indented labels label figures on their own lines: a header wrapped over several
            // lines in a narrow column beside another header (偏差原因分析及改进措施 a padding after 得分) has none beside it.
            var inner = fragments.Where(f => f.C0 == k + 1 && f.X0 < edges[k + 1] + MaxIndent * h && f.Line >= firstValueLine
                                             && (valueLines.Count == 0 || valueLines.Contains(f.Line))).ToList();
            if (inner.Count < UnruledGrid.MinAnchorLines || inner.Any(f => Math.Abs(f.X0 - inner[0].X0) > 0.5 * h)) continue;
            edges = JoinWithNext(fragments, edges, k);
            k--;
        }
        return edges;
    }

    private const double MaxIndent = 3.5;

    // Figures centred in their column (a scientific paper's columns of coefficients, some with significance stars)
    // start and end at many x; the widest few can share a start of their own and open a column. Two neighbouring
    // columns that never share a line and whose pieces all have one middle are one centred column.
    public static List<double> MergeCentredColumns(List<Fragment> fragments, List<double> edges, double h)
    {
        for (var k = 0; k + 2 < edges.Count; k++)
        {
            // The widest figures reach past the narrower ones' start, into both columns.
            var pieces = fragments.Where(f => f.C0 >= k && f.C1 <= k + 1).ToList();
            var left = pieces.Where(f => f.C0 == k).Select(f => f.Line).ToHashSet();
            var right = pieces.Where(f => f.C0 == k + 1).Select(f => f.Line).ToHashSet();
            if (left.Count == 0 || right.Count == 0 || left.Overlaps(right) || pieces.Count < UnruledGrid.MinAnchorLines) continue;
            var middles = pieces.Select(f => (f.X0 + f.X1) / 2).Order().ToList();
            var median = middles[middles.Count / 2];
            if (middles.Any(m => Math.Abs(m - median) > CentredTolerance * h)) continue;
            edges = JoinWithNext(fragments, edges, k);
            k--;
        }
        return edges;
    }

    private const double CentredTolerance = 0.6;

    // Column k and column k + 1 become one: the edge between them goes and the pieces after it shift left.
    private static List<double> JoinWithNext(List<Fragment> fragments, List<double> edges, int k)
    {
        foreach (var f in fragments)
        {
            if (f.C0 > k) f.C0--;
            if (f.C1 > k) f.C1--;
        }
        return [.. edges.Take(k + 1), .. edges.Skip(k + 2)];
    }

    // A header left-aligned in its cell above right-aligned numbers starts left of the numbers' column and so
    // crosses into it from the column before. When it starts past everything the column before holds on other
    // lines (its own wrapped lines aside) and reaches the next column's numbers, it is that column's header; the
    // lines the headers of its row wrapped onto (pieces starting at a header's x) follow them.
    public static void HeadersOverRightAlignedColumns(List<Fragment> fragments, List<double> edges, double h)
    {
        var moved = new List<Fragment>();
        // Right to left: a header that moves frees the column the header before it moves into.
        foreach (var f in fragments.Where(f => f.C1 > f.C0).OrderByDescending(f => f.X0).ToList())
        {
            var k = f.C0;
            bool Own(Fragment o) => o.Line != f.Line && Math.Abs(o.X0 - f.X0) > 0.5 * h;
            var before = fragments.Where(o => Own(o) && o.C0 == k && o.C1 == k).ToList();
            var next = fragments.Where(o => Own(o) && o.C0 == k + 1 && o.C1 == k + 1).ToList();
            if (before.Count == 0 || next.Count == 0 || f.X0 <= before.Max(o => o.X1)) continue;
            if (f.X1 < next.Min(o => o.X0) - 1.5 * h) continue;
            if (fragments.Any(o => o.Line == f.Line && o != f && o.C0 <= k + 1 && o.C1 >= k + 1)) continue;
            f.C0 = k + 1;
            moved.Add(f);
        }
        var headerLines = moved.Select(m => m.Line).ToHashSet();
        var headers = fragments.Where(m => headerLines.Contains(m.Line) && m.C0 == m.C1).ToList();
        foreach (var g in fragments.Where(g => g.C0 == g.C1).OrderByDescending(g => g.X0).ToList())
        {
            var header = headers.FirstOrDefault(m => m.Line != g.Line && m.C0 == g.C0 + 1 && Math.Abs(m.X0 - g.X0) <= 0.5 * h);
            if (header is null || fragments.Any(o => o.Line == g.Line && o != g && o.C0 <= header.C0 && o.C1 >= header.C0)) continue;
            g.C0 = g.C1 = header.C0;
        }
    }
}
