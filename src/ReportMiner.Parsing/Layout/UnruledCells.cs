namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Cells of an unruled table: one per row and starting column (text of wrapped lines joined), spanning the
/// columns its text crosses; a label in a sparse column left of the key column spans the empty rows it is centred on (or, sitting at
/// the top of its row, the empty rows below it), as a merged cell would in a ruled table.
/// </summary>
public static class UnruledCells
{
    public static List<GridCell> Build(int page, List<List<Fragment>> rows, List<double> edges, double h)
    {
        var columns = edges.Count - 1;
        var bands = rows.Select(r => (Top: r.Min(f => f.Y0), Bottom: r.Max(f => f.Y1))).ToList();
        var drafts = new List<Draft>();
        for (var r = 0; r < rows.Count; r++)
        {
            var starts = rows[r].GroupBy(f => f.C0).OrderBy(g => g.Key).ToList();
            for (var s = 0; s < starts.Count; s++)
            {
                var parts = starts[s].OrderBy(f => f.Line).ThenBy(f => f.X0).ToList();
                var end = parts.Max(f => f.C1);
                if (s + 1 < starts.Count) end = Math.Min(end, starts[s + 1].Key - 1);
                drafts.Add(new Draft(r, starts[s].Key, end, CjkText.JoinAll(parts.Select(f => f.Text)),
                    parts.Min(f => f.Y0), parts.Max(f => f.Y1)) { X1 = parts[^1].X1 });
            }
        }
        DropLeaders(drafts);
        JoinWrappedLabels(drafts, edges, h);
        SpanLabels(drafts, bands, columns, h);
        DropRowsLeftToSpans(drafts, bands);
        var bounds = RowBounds(bands);
        return drafts.Select(d => new GridCell(d.Row, d.C0, d.LastRow - d.Row + 1, d.C1 - d.C0 + 1, d.Text, page)
        {
            Box = new LayoutBox(page, edges[d.C0], bounds[d.Row], edges[d.C1 + 1], bounds[d.LastRow + 1]),
        }).ToList();
    }

    // Leader dots lead the eye from a row label to its figures ("Current receipts . . . . . 7,597.4"); they are
    // not part of the label. Only a run of four or more at the end of a cell with another cell after it counts.
    private static void DropLeaders(List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if (!drafts.Any(o => o.Row == d.Row && o.C0 > d.C1)) continue;
            var trimmed = Leader.Replace(d.Text, "");
            if (trimmed.Length > 0 && trimmed.Length < d.Text.Length) d.Text = trimmed;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex Leader =
        new(@"(?:\s?[.·…․]){4,}\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A label wrapped onto two lines can straddle a row boundary: its upper half filled the column to the edge
    // and its lower half sits right below, alone in that column of the next row. Such labels group rows, so they
    // stand left of the column that names every row; right of it (remarks, a last column whose edge is its own
    // widest text) two short entries in successive rows are two entries.
    private static void JoinWrappedLabels(List<Draft> drafts, List<double> edges, double h)
    {
        var key = Enumerable.Range(0, edges.Count - 1).MaxBy(c => drafts.Count(d => d.C0 == c));
        foreach (var upper in drafts.OrderBy(d => d.Row).ToList())
        {
            if (upper.C0 >= key) continue;
            if (!drafts.Contains(upper) || upper.X1 < edges[upper.C1 + 1] - 1.5 * h) continue;
            var lower = drafts.FirstOrDefault(d => d.Row == upper.Row + 1 && d.C0 == upper.C0 && d.C1 == upper.C1
                                                   && d.Y0 - upper.Y1 <= 0.6 * h);
            if (lower is null || drafts.Any(d => d.Row == upper.Row + 1 && d.C0 < upper.C0 && d.C1 >= upper.C0)) continue;
            if (drafts.Count(d => d.C0 == upper.C0 && d.C1 == upper.C1) >= 0.6 * (drafts.Max(d => d.Row) + 1)) continue;
            upper.Text = CjkText.Join(upper.Text, lower.Text);
            upper.Y1 = lower.Y1;
            upper.X1 = lower.X1;
            drafts.Remove(lower);
        }
    }

    private static void SpanLabels(List<Draft> drafts, List<(double Top, double Bottom)> bands, int columns, double h)
    {
        var rows = bands.Count;
        // Group labels stand left of the column that names every row.
        var key = Enumerable.Range(0, columns).MaxBy(c => drafts.Count(d => d.C0 == c));
        // A row of bracketed figures alone is a regression table's standard errors under their coefficients (or
        // its header of model numbers): the label of the row above names it, no label is centred over it.
        var bracketed = Enumerable.Range(0, rows).Select(r => drafts.Where(d => d.Row == r).ToList())
            .Select(ds => ds.Count > 0 && ds.All(d => Bracketed.IsMatch(d.Text))).ToArray();
        for (var c = 0; c < key; c++)
        {
            var labels = drafts.Where(d => d.C0 == c && d.C1 == c).OrderBy(d => d.Row).ToList();
            if (labels.Count == 0 || labels.Count >= rows) continue;
            bool Free(int r) => !bracketed[r] && !drafts.Any(d => d.C0 <= c && d.C1 >= c && d.Row <= r && d.LastRow >= r);
            var floor = 0;
            foreach (var label in labels)
            {
                if (!label.Text.Any(char.IsLetter)) { floor = label.Row + 1; continue; }
                int top = label.Row, bottom = label.Row;
                var topOfTallRow = label.Y0 - bands[label.Row].Top < 0.3 * h && bands[label.Row].Bottom - bands[label.Row].Top > 1.8 * h;
                // A one-line label level with the first line of its own row of several lines (a date beside a wrapped
                // description) is set at the top of its row, not centred on rows above it. A label wrapped over
                // lines of its own there (年度总体目标 merged over a sub-header and the goal text) may be centred.
                var setAtTop = topOfTallRow && label.Y1 - label.Y0 < 1.5 * h;
                while (!setAtTop && top > floor && Free(top - 1)) top--;
                while (bottom + 1 < rows && Free(bottom + 1)) bottom++;
                var center = (label.Y0 + label.Y1) / 2;
                var best = (Top: label.Row, Bottom: label.Row, Miss: double.MaxValue);
                for (var t = top; t <= label.Row; t++)
                    for (var b = label.Row; b <= bottom; b++)
                    {
                        var miss = Math.Abs((bands[t].Top + bands[b].Bottom) / 2 - center);
                        if (miss < best.Miss - 0.1 * h) best = (t, b, miss);
                    }
                // Top-aligned in a row of several lines, with empty rows below: the label heads those rows.
                if (best.Top == label.Row && best.Bottom == label.Row && topOfTallRow && label.Y1 < (bands[label.Row].Top + bands[label.Row].Bottom) / 2)
                    best = (label.Row, bottom, 0);
                label.Row = best.Top;
                label.LastRow = best.Bottom;
                floor = best.Bottom + 1;
            }
        }
    }

    // A label on a line of its own centred between two rows (a stub header set midway between two header lines)
    // spans the rows round it and leaves its own row without a cell: that row was only the label's line.
    private static void DropRowsLeftToSpans(List<Draft> drafts, List<(double Top, double Bottom)> bands)
    {
        for (var r = bands.Count - 1; r > 0; r--)
        {
            if (drafts.Any(d => d.Row == r) || !drafts.Any(d => d.Row < r && d.LastRow >= r)) continue;
            foreach (var d in drafts.Where(d => d.LastRow >= r))
            {
                if (d.Row > r) d.Row--;
                d.LastRow--;
            }
            bands.RemoveAt(r);
        }
    }

    private static readonly System.Text.RegularExpressions.Regex Bracketed =
        new(@"^\([-−]?[0-9][0-9,.]*\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static double[] RowBounds(List<(double Top, double Bottom)> bands)
    {
        var bounds = new double[bands.Count + 1];
        bounds[0] = bands[0].Top;
        for (var r = 1; r < bands.Count; r++) bounds[r] = (bands[r - 1].Bottom + bands[r].Top) / 2;
        bounds[^1] = bands[^1].Bottom;
        return bounds;
    }

    private sealed class Draft(int row, int c0, int c1, string text, double y0, double y1)
    {
        public int Row { get; set; } = row;
        public int LastRow { get; set; } = row;
        public int C0 { get; } = c0;
        public int C1 { get; } = c1;
        public string Text { get; set; } = text;
        public double Y0 { get; } = y0;
        public double Y1 { get; set; } = y1;
        public double X1 { get; set; }
    }
}
