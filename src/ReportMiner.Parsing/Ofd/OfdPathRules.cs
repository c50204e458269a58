using System.Xml.Linq;
using ReportMiner.Parsing.Containers;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ofd;

/// <summary>
/// The ruling lines of an OFD PathObject (AbbreviatedData: M/S move, L line, Q/B/A curves, C close), in points:
/// axis-aligned stroked segments, and filled rectangles thin enough to be a border, as for PDF paths.
/// </summary>
internal static class OfdPathRules
{
    public static void Read(XElement path, OfdMatrix placement, double scale, List<RuleLine> output, int max)
    {
        if (path.Attr("Visible") is "false") return;
        var stroked = path.Attr("Stroke") is not "false" && !IsWhite(path.Child("StrokeColor"));
        var filled = path.Attr("Fill") is "true" && !IsWhite(path.Child("FillColor"));
        if (!stroked && !filled) return;
        foreach (var (points, closed, curved) in Subpaths(path.Child("AbbreviatedData")?.Value))
        {
            if (output.Count >= max) return;
            var mapped = points.Select(p => placement.Apply(p.X, p.Y)).Select(p => (X: p.X * scale, Y: p.Y * scale)).ToList();
            if (filled && !curved) Pdf.PathRules.AddThinRectangle(mapped.ToList(), output);
            if (!stroked) continue;
            for (var i = 1; i < mapped.Count; i++) Pdf.PathRules.AddAxisSegment(mapped[i - 1], mapped[i], output);
            if (closed && mapped.Count > 2) Pdf.PathRules.AddAxisSegment(mapped[^1], mapped[0], output);
        }
    }

    private static IEnumerable<(List<(double X, double Y)> Points, bool Closed, bool Curved)> Subpaths(string? data)
    {
        if (string.IsNullOrWhiteSpace(data)) yield break;
        var tokens = data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var points = new List<(double X, double Y)>();
        bool curved = false;
        var i = 0;
        bool Take(int n, out double[] values)
        {
            values = new double[n];
            if (i + n > tokens.Length) return false;
            for (var k = 0; k < n; k++)
            {
                var v = OfdNumbers.Parse(tokens[i + k]);
                if (v.Count != 1) return false;
                values[k] = v[0];
            }
            i += n;
            return true;
        }
        while (i < tokens.Length)
        {
            var command = tokens[i++];
            switch (command)
            {
                case "M" or "S":
                    if (points.Count > 1) yield return (points, false, curved);
                    points = [];
                    curved = false;
                    if (!Take(2, out var m)) yield break;
                    points.Add((m[0], m[1]));
                    break;
                case "L":
                    if (!Take(2, out var l)) yield break;
                    points.Add((l[0], l[1]));
                    break;
                case "Q" or "B" or "A":
                    if (!Take(command switch { "Q" => 4, "B" => 6, _ => 7 }, out var c)) yield break;
                    curved = true;
                    points.Add((c[^2], c[^1]));
                    break;
                case "C":
                    if (points.Count > 1) yield return (points, true, curved);
                    points = points.Count > 0 ? [points[0]] : [];
                    curved = false;
                    break;
                default:
                    yield break;
            }
        }
        if (points.Count > 1) yield return (points, false, curved);
    }

    private static bool IsWhite(XElement? color) =>
        color?.Attr("Value") is { } value && OfdNumbers.Parse(value) is [>= 250, >= 250, >= 250];
}
