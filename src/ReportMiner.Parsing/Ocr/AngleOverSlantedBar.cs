namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// A '≥'/'≤' whose bar is slanted (the '⩾' style) or drawn so close that its rows overlap the angle's last rows, so
/// no blank row parts them. Seen column by column, the bar is the lowest stroke: a thin straight line across the
/// glyph that stays apart from the angle's lower arm — either by a gap in every column or, where it touches, by a
/// gap of the same size wherever it is apart (parallel to the arm). A '2' fails: its foot is joined to its
/// slanting stroke, and the gap above the foot grows from nothing to the stroke's height.
/// </summary>
internal static class AngleOverSlantedBar
{
    private const byte Ink = 128;
    /// <summary>Columns allowed to be no part of the bar: the angle's tip past the bar's end, or where bar and arm touch.</summary>
    private const double OffBarShare = 0.2;

    /// <summary>'≥', '≤' or null for the ink box (right and bottom exclusive).</summary>
    public static string? Classify(GrayImage image, int x0, int y0, int x1, int y1)
    {
        int width = x1 - x0, height = y1 - y0;
        if (width < 6) return null;
        var columns = Enumerable.Range(x0, width).Select(x => Runs(image, x, y0, y1)).ToList();
        if (columns.Any(c => c.Count == 0)) return null;
        var bar = columns.Select(c => c[^1]).ToList();
        var thickness = bar.Select(r => r.Bottom - r.Top).Order().ElementAt(width / 2);
        if (thickness * 4 > height) return null;
        var onBar = Enumerable.Range(0, width).Where(i => bar[i].Bottom - bar[i].Top <= (2 * thickness) + 1).ToList();
        var (slope, offset) = Line(onBar.Select(i => (i, Center(bar[i]))).ToList());
        var tolerance = Math.Max(2.0, thickness);
        onBar = onBar.Where(i => Math.Abs(Center(bar[i]) - (slope * i) - offset) <= tolerance).ToList();
        if (onBar.Count < (1 - OffBarShare) * width) return null;
        (slope, _) = Line(onBar.Select(i => (i, Center(bar[i]))).ToList());

        var gaps = onBar.Where(i => columns[i].Count > 1).Select(i => bar[i].Top - columns[i][^2].Bottom).ToList();
        if (gaps.Count * 2 < width) return null;
        var apartEverywhere = onBar.Count == width && gaps.Min() >= 1;
        var parallel = gaps.Max() - gaps.Min() <= Math.Max(2, height / 8);
        if (!apartEverywhere && !parallel) return null;

        var rows = Enumerable.Range(y0, height).Select(y => Row(image, x0, x1, y, bar, onBar)).ToList();
        var angleRows = rows.SkipWhile(r => r.Count == 0).Reverse().SkipWhile(r => r.Count == 0).Reverse().ToList();
        if (angleRows.Count * 2 < height || angleRows.Any(r => r.Count == 0)) return null;
        // The bar follows the angle's lower arm: down to the left under '>', down to the right under '<'.
        var flat = Math.Abs(slope) * width <= thickness + 1;
        return ComparisonGlyph.Angle(angleRows, x0, width) switch
        {
            '>' when flat || slope < 0 => "≥",
            '<' when flat || slope > 0 => "≤",
            _ => null,
        };
    }

    private static double Center((int Top, int Bottom) run) => (run.Top + run.Bottom) / 2.0;

    /// <summary>The least-squares line y = slope·x + offset through the points.</summary>
    private static (double Slope, double Offset) Line(IReadOnlyList<(int X, double Y)> points)
    {
        if (points.Count < 2) return (0, points.Count == 0 ? 0 : points[0].Y);
        double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
        double sxx = points.Sum(p => (p.X - mx) * (p.X - mx)), sxy = points.Sum(p => (p.X - mx) * (p.Y - my));
        var slope = sxx == 0 ? 0 : sxy / sxx;
        return (slope, my - (slope * mx));
    }

    /// <summary>The row's ink left once the bar's run is taken out of every column that belongs to the bar.</summary>
    private static (int Count, double Center) Row(GrayImage image, int x0, int x1, int y, List<(int Top, int Bottom)> bar, List<int> onBar)
    {
        int count = 0;
        long sum = 0;
        for (var x = x0; x < x1; x++)
        {
            if (image[x, y] >= Ink) continue;
            var i = x - x0;
            if (y >= bar[i].Top && y < bar[i].Bottom && onBar.BinarySearch(i) >= 0) continue;
            count++;
            sum += x;
        }
        return (count, count == 0 ? 0 : (double)sum / count);
    }

    /// <summary>The column's runs of inked pixels, top to bottom (bottom exclusive).</summary>
    private static List<(int Top, int Bottom)> Runs(GrayImage image, int x, int y0, int y1)
    {
        var runs = new List<(int Top, int Bottom)>();
        for (var y = y0; y < y1; y++)
        {
            if (image[x, y] >= Ink) continue;
            var top = y;
            while (y < y1 && image[x, y] < Ink) y++;
            runs.Add((top, y));
        }
        return runs;
    }
}
