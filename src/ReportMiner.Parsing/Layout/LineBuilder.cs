namespace ReportMiner.Parsing.Layout;

/// <summary>Groups words into lines by vertical overlap, then orders lines top to bottom.</summary>
public static class LineBuilder
{
    private const double MinOverlap = 0.5;

    public static IReadOnlyList<TextLine> Build(IEnumerable<PositionedWord> words)
    {
        var kept = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        // Most ruled cells hold one word or none: nothing to sort or group.
        if (kept.Count <= 1) return kept.Count == 0 ? new List<TextLine>() : new List<TextLine> { new(kept) };
        var open = new List<List<PositionedWord>>();
        var bounds = new List<(double Top, double Bottom)>();
        foreach (var w in kept.OrderBy(w => w.YMin).ThenBy(w => w.XMin))
        {
            var target = -1;
            for (var i = open.Count - 1; i >= 0 && i >= open.Count - 4; i--)
            {
                var (top, bottom) = bounds[i];
                var overlap = Math.Min(bottom, w.YMax) - Math.Max(top, w.YMin);
                var smaller = Math.Max(1e-6, Math.Min(bottom - top, w.YMax - w.YMin));
                if (overlap / smaller >= MinOverlap) { target = i; break; }
            }
            if (target < 0)
            {
                open.Add([w]);
                bounds.Add((w.YMin, w.YMax));
            }
            else
            {
                open[target].Add(w);
                bounds[target] = (Math.Min(bounds[target].Top, w.YMin), Math.Max(bounds[target].Bottom, w.YMax));
            }
        }
        return open.Select(ws => new TextLine(ws.OrderBy(w => w.XMin).ToList()))
            .OrderBy(l => l.YMin).ThenBy(l => l.XMin).ToList();
    }

    /// <summary>A typical text height for scale-free thresholds (points for PDF, pixels for OCR).</summary>
    public static double TypicalHeight(IEnumerable<PositionedWord> words)
    {
        var heights = words.Select(w => w.YMax - w.YMin).Where(h => h > 0).Order().ToArray();
        return heights.Length == 0 ? 10 : heights[heights.Length / 2];
    }
}
