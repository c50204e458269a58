namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A form printed without rules whose value wraps once beside a one-line label ("项目名称" beside a project name
/// over two lines) puts the label on a line of its own, centred between the value's two lines: read top to bottom,
/// the label splits its own value. Among the lines no table took, such a label becomes one line with its value:
/// the label, then both lines of the value, set on the label's line. Only a value of exactly two lines qualifies, both starting at one x
/// right of the label and set at the pitch of wrapped text; a longer value (a paragraph beside a heading) is left as it is.
/// </summary>
public static class CentredLabelLines
{
    // In text heights: how close the value's two lines are, how far their starts may differ, how far off centre the
    // label may stand and how far clear of the value it ends.
    private const double WrapGap = 0.6;
    private const double StartTolerance = 0.5;
    private const double CentreTolerance = 0.3;
    private const double Clearance = 1.5;

    public static List<TextLine> Join(List<TextLine> lines, double h)
    {
        if (lines.Count < 3) return lines;
        var sorted = lines.OrderBy(l => l.YMin).ToList();
        var result = new List<TextLine>(sorted.Count);
        var i = 0;
        while (i < sorted.Count)
        {
            if (i + 2 < sorted.Count && IsLabelBetween(sorted, i, h))
            {
                var (upper, label, lower) = (sorted[i], sorted[i + 1], sorted[i + 2]);
                // The value's words are set on the label's line, so the line reads as one row: label, gap, value.
                var value = upper.Words.Concat(lower.Words).Select(w => w with { YMin = label.YMin, YMax = label.YMax });
                result.Add(new TextLine([.. label.Words, .. value]));
                i += 3;
                continue;
            }
            result.Add(sorted[i]);
            i++;
        }
        return result;
    }

    private static bool IsLabelBetween(List<TextLine> lines, int i, double h)
    {
        var (upper, label, lower) = (lines[i], lines[i + 1], lines[i + 2]);
        if (lower.YMin - upper.YMax > WrapGap * h || lower.YMin < upper.YMax - 0.5 * h) return false;
        if (Math.Abs(upper.XMin - lower.XMin) > StartTolerance * h) return false;
        if (label.XMax > Math.Min(upper.XMin, lower.XMin) - Clearance * h) return false;
        if (Math.Abs(Centre(label) - (Centre(upper) + Centre(lower)) / 2) > CentreTolerance * h) return false;
        // The value is these two lines alone: no line goes on at its start just above or just below.
        return !(i > 0 && GoesOn(lines[i - 1], upper, h)) && !(i + 3 < lines.Count && GoesOn(lower, lines[i + 3], h));
    }

    private static bool GoesOn(TextLine above, TextLine below, double h) =>
        below.YMin - above.YMax <= WrapGap * h && Math.Abs(above.XMin - below.XMin) <= StartTolerance * h;

    private static double Centre(TextLine l) => (l.YMin + l.YMax) / 2;
}
