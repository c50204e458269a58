using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// The current path of a content stream in device space, and the ruling lines it yields when painted:
/// axis-aligned stroked segments, and filled rectangles thin enough to be a border.
/// </summary>
internal sealed class PathRules
{
    private const double Axis = 0.5;
    private const double MaxThickness = 3.0;
    private readonly List<List<(double X, double Y)>> _subpaths = [];
    private readonly List<bool> _closed = [];

    public void MoveTo((double, double) p)
    {
        _subpaths.Add([p]);
        _closed.Add(false);
    }

    public void LineTo((double, double) p)
    {
        if (_subpaths.Count == 0) MoveTo(p);
        else _subpaths[^1].Add(p);
    }

    public void Close()
    {
        if (_closed.Count > 0) _closed[^1] = true;
    }

    public void Rectangle((double, double) p0, (double, double) p1, (double, double) p2, (double, double) p3)
    {
        _subpaths.Add([p0, p1, p2, p3]);
        _closed.Add(true);
    }

    public void Clear()
    {
        _subpaths.Clear();
        _closed.Clear();
    }

    public void Stroke(List<(double X1, double Y1, double X2, double Y2)> output)
    {
        for (var s = 0; s < _subpaths.Count; s++)
        {
            var pts = _subpaths[s];
            var count = _closed[s] && pts.Count > 2 ? pts.Count : pts.Count - 1;
            for (var i = 0; i < count; i++)
            {
                var (a, b) = (pts[i], pts[(i + 1) % pts.Count]);
                if (Math.Abs(a.X - b.X) < Axis || Math.Abs(a.Y - b.Y) < Axis) output.Add((a.X, a.Y, b.X, b.Y));
            }
        }
    }

    public void Fill(List<(double X1, double Y1, double X2, double Y2)> output)
    {
        foreach (var pts in _subpaths)
        {
            if (pts.Count is < 4 or > 5) continue;
            double x0 = pts.Min(p => p.X), x1 = pts.Max(p => p.X), y0 = pts.Min(p => p.Y), y1 = pts.Max(p => p.Y);
            if (!pts.All(p => (Near(p.X, x0) || Near(p.X, x1)) && (Near(p.Y, y0) || Near(p.Y, y1)))) continue;
            double w = x1 - x0, h = y1 - y0;
            if (h <= MaxThickness && w > h) output.Add((x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
            else if (w <= MaxThickness && h > w) output.Add(((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < Axis;
}
