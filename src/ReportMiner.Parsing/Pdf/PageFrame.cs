namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Maps PDF user space (origin bottom-left, y upward) to the layout's coordinates: origin at the top-left corner
/// of the crop box as displayed (after the page's /Rotate), y downward, in points — the coordinates of a page
/// image rendered by pdftoppm. <see cref="TextTurns"/> further turns the page by quarter turns clockwise so that
/// sideways text (a landscape table printed on a portrait page) reads left to right.
/// </summary>
public sealed class PageFrame
{
    private readonly double _left, _top, _boxWidth, _boxHeight;
    private readonly int _rotate;

    public PageFrame(double left, double bottom, double right, double top, int rotate, int textTurns = 0)
    {
        (_left, _top, _boxWidth, _boxHeight) = (left, top, right - left, top - bottom);
        _rotate = ((rotate % 360) + 360) % 360;
        TextTurns = ((textTurns % 4) + 4) % 4;
        (DisplayWidth, DisplayHeight) = _rotate is 90 or 270 ? (_boxHeight, _boxWidth) : (_boxWidth, _boxHeight);
        (Width, Height) = TextTurns % 2 == 1 ? (DisplayHeight, DisplayWidth) : (DisplayWidth, DisplayHeight);
    }

    /// <summary>Size of the page as displayed (after /Rotate).</summary>
    public double DisplayWidth { get; }

    public double DisplayHeight { get; }

    /// <summary>Size of the page in layout coordinates (after the text turns).</summary>
    public double Width { get; }

    public double Height { get; }

    /// <summary>Quarter turns clockwise applied to the displayed page so that its text runs left to right.</summary>
    public int TextTurns { get; }

    public PageFrame WithTextTurns(int turns) => new(_left, _top - _boxHeight, _left + _boxWidth, _top, _rotate, turns);

    /// <summary>A user-space point on the displayed page (top-left origin, y downward).</summary>
    public (double X, double Y) ToDisplay(double x, double y)
    {
        double u = x - _left, v = _top - y;
        return _rotate switch
        {
            90 => (_boxHeight - v, u),
            180 => (_boxWidth - u, _boxHeight - v),
            270 => (v, _boxWidth - u),
            _ => (u, v),
        };
    }

    /// <summary>A user-space point in layout coordinates.</summary>
    public (double X, double Y) ToLayout(double x, double y)
    {
        var (dx, dy) = ToDisplay(x, y);
        return Turn(dx, dy, TextTurns, DisplayWidth, DisplayHeight);
    }

    /// <summary>A layout box back on the displayed page (what a rendered page image shows).</summary>
    public (double X0, double Y0, double X1, double Y1) LayoutToDisplay(double x0, double y0, double x1, double y1)
    {
        var (ax, ay) = Turn(x0, y0, (4 - TextTurns) % 4, Width, Height);
        var (bx, by) = Turn(x1, y1, (4 - TextTurns) % 4, Width, Height);
        return (Math.Min(ax, bx), Math.Min(ay, by), Math.Max(ax, bx), Math.Max(ay, by));
    }

    // Quarter turns clockwise of a page w wide and h high, y downward.
    private static (double X, double Y) Turn(double x, double y, int turns, double w, double h) => turns switch
    {
        1 => (h - y, x),
        2 => (w - x, h - y),
        3 => (y, w - x),
        _ => (x, y),
    };
}
