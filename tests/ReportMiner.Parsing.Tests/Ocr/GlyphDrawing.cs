using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

/// <summary>
/// Draws comparison signs and look-alike digits as strokes into a greyscale image, about the size a 10.5 pt
/// character has in a 200 dpi scan (21 × 19 pixels for '≥', strokes 2 pixels wide).
/// </summary>
public static class GlyphDrawing
{
    public static GrayImage Blank(int width, int height) => GrayImage.Blank(width, height);

    /// <summary>'&gt;' (or '&lt;' when <paramref name="opensRight"/>) above a bar, with blank rows between them.</summary>
    public static void GreaterOrLess(GrayImage image, int x, int y, bool opensRight = false)
    {
        Angle(image, x, y, 20, 13, opensRight);
        Bar(image, x, y + 17, 20);
    }

    public static void Angle(GrayImage image, int x, int y, int width, int height, bool opensRight)
    {
        var (near, far) = opensRight ? (x + width, x) : (x, x + width);
        Line(image, near, y, far, y + (height / 2));
        Line(image, far, y + (height / 2), near, y + height);
    }

    public static void EqualsSign(GrayImage image, int x, int y)
    {
        Bar(image, x, y, 20);
        Bar(image, x, y + 6, 20);
    }

    /// <summary>A digit two: an arc, a stroke down to the left, and a foot joined to it.</summary>
    public static void Two(GrayImage image, int x, int y)
    {
        (int X, int Y)[] path = [(1, 5), (3, 1), (8, 0), (13, 1), (15, 5), (14, 9), (1, 22)];
        for (var i = 1; i < path.Length; i++) Line(image, x + path[i - 1].X, y + path[i - 1].Y, x + path[i].X, y + path[i].Y);
        Bar(image, x, y + 22, 16);
    }

    /// <summary>A digit nine: a closed loop and a tail.</summary>
    public static void Nine(GrayImage image, int x, int y)
    {
        (int X, int Y)[] path = [(14, 6), (8, 12), (1, 7), (3, 1), (8, 0), (13, 1), (15, 7), (14, 16), (9, 23), (2, 21)];
        for (var i = 1; i < path.Length; i++) Line(image, x + path[i - 1].X, y + path[i - 1].Y, x + path[i].X, y + path[i].Y);
    }

    public static void Bar(GrayImage image, int x, int y, int width)
    {
        for (var dy = 0; dy < 2; dy++)
            for (var dx = 0; dx <= width; dx++) image[x + dx, y + dy] = 0;
    }

    /// <summary>A stroke two pixels wide from one point to another.</summary>
    public static void Line(GrayImage image, int x0, int y0, int x1, int y1)
    {
        var steps = Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0)) * 2;
        for (var i = 0; i <= steps; i++)
        {
            var x = x0 + ((x1 - x0) * i / (double)steps);
            var y = y0 + ((y1 - y0) * i / (double)steps);
            for (var dx = 0; dx < 2; dx++)
                for (var dy = 0; dy < 2; dy++) image[(int)Math.Round(x) + dx, (int)Math.Round(y) + dy] = 0;
        }
    }
}
