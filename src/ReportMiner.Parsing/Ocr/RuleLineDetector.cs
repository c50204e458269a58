using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Finds table borders in a page image: long, dense runs of dark pixels along rows (horizontal) or columns
/// (vertical), merged across the few pixels of a line's thickness, skew and small breaks.
/// </summary>
public static class RuleLineDetector
{
    public static RuleScan Detect(GrayImage image, RuleDetectionSettings settings)
    {
        var horizontalRuns = DarkRuns(image, settings, horizontal: true, settings.MinHorizontalLength);
        var verticalRuns = DarkRuns(image, settings, horizontal: false, settings.MinVerticalLength);
        var horizontals = RunMerger.Merge(horizontalRuns, settings)
            .Where(l => l.Length >= settings.MinHorizontalLength).ToList();
        var verticals = RunMerger.Merge(verticalRuns, settings)
            .Where(v => v.Length >= settings.MinFreeVerticalLength || MeetsHorizontal(v, horizontals, settings))
            .ToList();
        var kept = horizontals.Concat(verticals).ToList();
        var lines = kept.Select(l => l.Horizontal
                ? new RuleLine(l.Start, l.Position, l.End, l.Position)
                : new RuleLine(l.Position, l.Start, l.Position, l.End))
            .ToList();
        return new RuleScan(lines, kept.SelectMany(l => l.Runs).ToList());
    }

    private static bool MeetsHorizontal(MergedLine vertical, IReadOnlyList<MergedLine> horizontals, RuleDetectionSettings s)
    {
        var reach = s.JoinGap + s.MaxThickness;
        bool Touches(double y) => horizontals.Any(h => Math.Abs(h.Position - y) <= reach
            && vertical.Position >= h.Start - reach && vertical.Position <= h.End + reach);
        return Touches(vertical.Start) || Touches(vertical.End);
    }

    private static List<PixelRun> DarkRuns(GrayImage image, RuleDetectionSettings s, bool horizontal, int minLength)
    {
        var runs = new List<PixelRun>();
        var lanes = horizontal ? image.Height : image.Width;
        var length = horizontal ? image.Width : image.Height;
        for (var lane = 0; lane < lanes; lane++)
        {
            int start = -1, lastDark = -1, dark = 0;
            for (var i = 0; i <= length; i++)
            {
                var isDark = i < length && (horizontal ? image[i, lane] : image[lane, i]) < s.DarkThreshold;
                if (isDark)
                {
                    if (start < 0 || i - lastDark - 1 > s.MaxRunGap)
                    {
                        Emit(runs, lane, start, lastDark, dark, minLength, horizontal);
                        start = i;
                        dark = 0;
                    }
                    lastDark = i;
                    dark++;
                }
                else if (i == length || (start >= 0 && i - lastDark > s.MaxRunGap))
                {
                    Emit(runs, lane, start, lastDark, dark, minLength, horizontal);
                    start = -1;
                }
            }
        }
        return runs;
    }

    private static void Emit(List<PixelRun> runs, int lane, int start, int end, int dark, int minLength, bool horizontal)
    {
        if (start < 0) return;
        var length = end - start + 1;
        // Dense: a border is nearly solid, a row of text crossing the same scan line is not.
        if (length >= minLength && dark >= length * 0.9) runs.Add(new PixelRun(horizontal, lane, start, end));
    }
}
