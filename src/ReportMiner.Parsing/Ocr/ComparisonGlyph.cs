namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Tells a comparison sign (≥ ≤ = &gt; &lt;) from its pixels. The Chinese model has no '≥' or '≤' and reads them as
/// "2", "三" or "=", and tesseract often drops a lone '=' altogether; the glyph's shape settles it. A sign is at most
/// a character in size and made of horizontal bars (rows inked across most of its width) and an angle (rows inked
/// at one narrow place that moves to one side and back): '=' is two bars; '≥'/'≤' an angle over one or two bars,
/// with a blank row between them, or over a slanted bar that shares the angle's last rows
/// (<see cref="AngleOverSlantedBar"/>); '&gt;'/'&lt;' an angle alone. A '2' fails: its top is an arc inked at both ends,
/// and its foot joins its stroke without a gap.
/// </summary>
public static class ComparisonGlyph
{
    private const byte Ink = 128;
    private const double BarShare = 0.6;
    private const double Near = 0.42;
    private const double Far = 0.58;

    /// <summary>The sign drawn by the ink inside the box (tile pixels, right and bottom exclusive), or null.</summary>
    public static string? Classify(GrayImage image, int left, int top, int right, int bottom, int dpi)
    {
        (left, top) = (Math.Max(0, left), Math.Max(0, top));
        (right, bottom) = (Math.Min(image.Width, right), Math.Min(image.Height, bottom));
        if (InkBox(image, left, top, right, bottom) is not var (x0, y0, x1, y1)) return null;
        int width = x1 - x0, height = y1 - y0;
        if (width > dpi / 4 || height > dpi / 4 || width < dpi / 40 || height < 3) return null;
        var rows = Enumerable.Range(y0, height).Select(y => Row(image, x0, x1, y)).ToList();
        var parts = Parts(rows);
        var bars = parts.Select(p => p.All(r => r.Count >= BarShare * width)).ToList();
        if (parts.Count == 2 && bars.All(b => b) && Math.Max(parts[0].Count, parts[1].Count) * 3 <= height) return "=";
        if (parts.Count is 2 or 3 && !bars[0] && bars.Skip(1).All(b => b) && parts[0].Count * 2 >= height
            && parts.Skip(1).All(p => p.Count * 2 < parts[0].Count))
            return Angle(parts[0], x0, width) switch { '>' => "≥", '<' => "≤", _ => null };
        if (parts.Count == 1 && !bars[0] && height >= width / 2)
            return AngleOverSlantedBar.Classify(image, x0, y0, x1, y1) ?? Angle(parts[0], x0, width)?.ToString();
        return null;
    }

    /// <summary>'&gt;' when the inked place starts and ends on the left and reaches the right in the middle, '&lt;' the other way.</summary>
    internal static char? Angle(IReadOnlyList<(int Count, double Center)> rows, int x0, int width)
    {
        if (rows.Count < 3 || rows.Any(r => r.Count >= BarShare * width)) return null;
        var third = rows.Count / 3;
        double Mean(IEnumerable<(int Count, double Center)> part) => part.Average(r => (r.Center - x0) / width);
        double top = Mean(rows.Take(third)), middle = Mean(rows.Skip(third).Take(rows.Count - (2 * third))), bottom = Mean(rows.Skip(rows.Count - third));
        if (top <= Near && bottom <= Near && middle >= Far) return '>';
        if (top >= Far && bottom >= Far && middle <= Near) return '<';
        return null;
    }

    /// <summary>Runs of inked rows separated by blank rows.</summary>
    private static List<List<(int Count, double Center)>> Parts(List<(int Count, double Center)> rows)
    {
        var parts = new List<List<(int Count, double Center)>>();
        List<(int Count, double Center)>? current = null;
        foreach (var row in rows)
        {
            if (row.Count == 0) { current = null; continue; }
            if (current is null) parts.Add(current = []);
            current.Add(row);
        }
        return parts;
    }

    private static (int Count, double Center) Row(GrayImage image, int x0, int x1, int y)
    {
        int count = 0;
        long sum = 0;
        for (var x = x0; x < x1; x++)
            if (image[x, y] < Ink) { count++; sum += x; }
        return (count, count == 0 ? 0 : (double)sum / count);
    }

    /// <summary>The smallest box holding all ink inside the given one (right and bottom exclusive), or null.</summary>
    public static (int X0, int Y0, int X1, int Y1)? InkBox(GrayImage image, int left, int top, int right, int bottom)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
        for (var y = top; y < bottom; y++)
            for (var x = left; x < right; x++)
            {
                if (image[x, y] >= Ink) continue;
                (x0, y0) = (Math.Min(x0, x), Math.Min(y0, y));
                (x1, y1) = (Math.Max(x1, x + 1), Math.Max(y1, y + 1));
            }
        return x1 < 0 ? null : (x0, y0, x1, y1);
    }
}
