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

    /// <summary>
    /// The '⩾' style: '&gt;' (or '&lt;') over a bar slanted like its lower arm, <paramref name="drop"/> pixels below it,
    /// so the bar's rows overlap the arm's last rows.
    /// </summary>
    public static void SlantedGreaterOrLess(GrayImage image, int x, int y, bool opensRight = false, int drop = 5)
    {
        Angle(image, x, y, 20, 13, opensRight);
        var (near, far) = opensRight ? (x + 20, x) : (x, x + 20);
        Line(image, far, y + 6 + drop, near, y + 13 + drop);
    }

    /// <summary>'&gt;' over a bar tilted by a skewed scan: the bar's low end comes up level with the arm's end.</summary>
    public static void GreaterOverTiltedBar(GrayImage image, int x, int y)
    {
        Angle(image, x, y, 20, 13, opensRight: false);
        Line(image, x, y + 16, x + 20, y + 13);
    }

    /// <summary>A letter Z: two bars joined by a diagonal.</summary>
    public static void Z(GrayImage image, int x, int y)
    {
        Bar(image, x, y, 16);
        Line(image, x + 15, y + 1, x + 1, y + 19);
        Bar(image, x, y + 19, 16);
    }

    /// <summary>The character 之: a dot, a stroke across and down to the left, and a long sweep to the right under it.</summary>
    public static void Zhi(GrayImage image, int x, int y)
    {
        Line(image, x + 9, y, x + 10, y + 2);
        Line(image, x + 3, y + 6, x + 15, y + 6);
        Line(image, x + 15, y + 6, x + 3, y + 15);
        Line(image, x + 3, y + 15, x + 8, y + 19);
        Line(image, x + 8, y + 19, x + 20, y + 20);
    }

    /// <summary>The '≥' of a 200 dpi office scan, pixel for pixel ('#' inked): its slanted bar shares the arm's last rows.</summary>
    public static readonly string[] ScannedSlantedGreaterOrEqual =
    [
        ".#......................",
        ".####...................",
        "....###.................",
        "......####..............",
        ".........###............",
        "...........####.........",
        "..............###.......",
        "................####....",
        "...................###..",
        "....................####",
        "..................###...",
        "...............####.....",
        ".............####.......",
        "..........####..........",
        "........####...........#",
        ".....####...........####",
        "...####...........###...",
        ".###...........####.....",
        ".#...........###........",
        "..........####..........",
        "........###.............",
        ".....####...............",
        "...###..................",
        ".###....................",
    ];

    /// <summary>Inks the '#' cells of the picture with its top left corner at the given point.</summary>
    public static void Picture(GrayImage image, int x, int y, IReadOnlyList<string> rows)
    {
        for (var dy = 0; dy < rows.Count; dy++)
            for (var dx = 0; dx < rows[dy].Length; dx++)
                if (rows[dy][dx] == '#') image[x + dx, y + dy] = 0;
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
