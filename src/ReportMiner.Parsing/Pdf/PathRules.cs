using ReportMiner.Parsing.Layout;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// The ruling lines of a page's painted paths: axis-aligned stroked segments, and filled rectangles thin enough
/// to be a border (many producers draw rules that way). White paint, clipping paths and curves are not rules.
/// </summary>
public static class PathRules
{
    private const double Axis = 0.5;
    private const double MaxThickness = 3.0;
    private const int MaxRules = 20_000;

    public static List<RuleLine> Read(IEnumerable<PdfPath> paths, PageFrame frame)
    {
        var output = new List<RuleLine>();
        foreach (var path in paths)
        {
            if (path.IsClipping || output.Count > MaxRules) continue;
            var stroked = path.IsStroked && !IsWhite(path.StrokeColor);
            var filled = path.IsFilled && !IsWhite(path.FillColor);
            foreach (var sub in path)
            {
                var points = Points(sub, out var curved);
                if (points.Count < 2) continue;
                var mapped = points.Select(p => frame.ToLayout(p.X, p.Y)).ToList();
                if (filled && !curved) AddThinRectangle(mapped, output);
                if (stroked) Stroke(sub, frame, output);
            }
        }
        return output;
    }

    private static List<PdfPoint> Points(PdfSubpath sub, out bool curved)
    {
        var points = new List<PdfPoint>();
        curved = false;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move m: points.Add(m.Location); break;
                case PdfSubpath.Line l:
                    if (points.Count == 0 || !Same(points[^1], l.From)) points.Add(l.From);
                    points.Add(l.To);
                    break;
                case PdfSubpath.BezierCurve b:
                    curved = true;
                    points.Add(b.EndPoint);
                    break;
            }
        }
        return points;
    }

    private static void Stroke(PdfSubpath sub, PageFrame frame, List<RuleLine> output)
    {
        PdfPoint? start = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move m: start = m.Location; break;
                case PdfSubpath.Line l: Segment(l.From, l.To, frame, output); break;
                case PdfSubpath.Close when start is { } s && sub.Commands.Count > 2:
                    var last = sub.Commands[^2] switch
                    {
                        PdfSubpath.Line l => l.To,
                        _ => s,
                    };
                    if (!Same(last, s)) Segment(last, s, frame, output);
                    break;
            }
        }
    }

    private static void Segment(PdfPoint a, PdfPoint b, PageFrame frame, List<RuleLine> output)
    {
        AddAxisSegment(frame.ToLayout(a.X, a.Y), frame.ToLayout(b.X, b.Y), output);
    }

    /// <summary>A stroked segment in layout coordinates is a rule when it runs along an axis.</summary>
    internal static void AddAxisSegment((double X, double Y) a, (double X, double Y) b, List<RuleLine> output)
    {
        if (Math.Abs(a.X - b.X) < Axis || Math.Abs(a.Y - b.Y) < Axis) output.Add(new RuleLine(a.X, a.Y, b.X, b.Y));
    }

    /// <summary>A filled axis-aligned rectangle (layout coordinates) thin enough to be a border is a rule along its middle.</summary>
    internal static void AddThinRectangle(List<(double X, double Y)> pts, List<RuleLine> output)
    {
        if (pts.Count > 1 && Math.Abs(pts[0].X - pts[^1].X) < Axis && Math.Abs(pts[0].Y - pts[^1].Y) < Axis) pts.RemoveAt(pts.Count - 1);
        if (pts.Count != 4) return;
        double x0 = pts.Min(p => p.X), x1 = pts.Max(p => p.X), y0 = pts.Min(p => p.Y), y1 = pts.Max(p => p.Y);
        if (!pts.All(p => (Near(p.X, x0) || Near(p.X, x1)) && (Near(p.Y, y0) || Near(p.Y, y1)))) return;
        double w = x1 - x0, h = y1 - y0;
        if (h <= MaxThickness && w > h) output.Add(new RuleLine(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
        else if (w <= MaxThickness && h > w) output.Add(new RuleLine((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null) return false;
        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r >= 0.99 && g >= 0.99 && b >= 0.99;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < Axis;

    private static bool Same(PdfPoint a, PdfPoint b) => Math.Abs(a.X - b.X) < 1e-6 && Math.Abs(a.Y - b.Y) < 1e-6;
}
