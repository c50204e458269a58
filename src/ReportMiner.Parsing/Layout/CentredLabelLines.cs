namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A form printed without rules whose value wraps once beside a one-line label ("项目名称" beside a project name
/// over two lines) puts the label on a line of its own, centred between the value's two lines: read top to bottom,
/// the label splits its own value. Among the lines no table took, such a label becomes one line with its value:
/// the label, then both lines of the value, set on the label's line. Only a value of exactly two lines qualifies, both starting at one x
/// right of the label and set at the pitch of wrapped text; a longer value (a paragraph beside a heading) is left as it is.
/// A value of exactly three lines puts the label on its middle line; the first and last lines join that line likewise.
/// </summary>
public static class CentredLabelLines
{
    // In text heights: how close the value's two lines are, how far their starts may differ, how far off centre the
    // label may stand and how far clear of the value it ends.
    private const double WrapGap = 0.6;
    private const double StartTolerance = 0.5;
    private const double CentreTolerance = 0.3;
    private const double Clearance = 1.5;

    public static List<TextLine> Join(List<TextLine> lines, double h) => Join(lines, h, null);

    /// <summary>
    /// Before tables are found: joins only the three-line values whose first line a table left out above the middle
    /// line it took (<paramref name="leftOut"/> holds the lines no table took when read unjoined), so the row opens
    /// with its whole value instead of the value's first line standing above the table as a paragraph.
    /// </summary>
    public static List<TextLine> JoinCutOff(List<TextLine> lines, IReadOnlySet<TextLine> leftOut, double h) =>
        Join(lines, h, (upper, middle) => leftOut.Contains(upper) && !leftOut.Contains(middle));

    private static List<TextLine> Join(List<TextLine> lines, double h, Func<TextLine, TextLine, bool>? cutOff)
    {
        if (lines.Count < 3) return lines;
        var sorted = lines.OrderBy(l => l.YMin).ToList();
        var result = new List<TextLine>(sorted.Count);
        var i = 0;
        while (i < sorted.Count)
        {
            if (cutOff is null && i + 2 < sorted.Count && IsLabelBetween(sorted, i, h))
            {
                var (upper, label, lower) = (sorted[i], sorted[i + 1], sorted[i + 2]);
                // The value's words are set on the label's line, so the line reads as one row: label, gap, value.
                var value = upper.Words.Concat(lower.Words).Select(w => w with { YMin = label.YMin, YMax = label.YMax });
                result.Add(new TextLine([.. label.Words, .. value]));
                i += 3;
                continue;
            }
            if (i + 2 < sorted.Count && (cutOff is null || cutOff(sorted[i], sorted[i + 1])) && LabelSplit(sorted, i, h) is { } split)
            {
                var (upper, middle, lower) = (sorted[i], sorted[i + 1], sorted[i + 2]);
                // Read in order: the label, then the value's three lines, all on the label's line.
                var value = upper.Words.Concat(middle.Words.Skip(split)).Concat(lower.Words)
                    .Select(w => w with { YMin = middle.YMin, YMax = middle.YMax });
                result.Add(new TextLine([.. middle.Words.Take(split), .. value]));
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
        if (!Follows(upper, lower, h)) return false;
        if (Math.Abs(upper.XMin - lower.XMin) > StartTolerance * h) return false;
        if (label.XMax > Math.Min(upper.XMin, lower.XMin) - Clearance * h) return false;
        if (Math.Abs(Centre(label) - (Centre(upper) + Centre(lower)) / 2) > CentreTolerance * h) return false;
        return Alone(lines, i, h);
    }

    // A value wrapped over three lines beside one-line cells puts those cells on the value's middle line ("项目名称"
    // then the value's second line; "主管部门 …  项目实施单位" then a unit's name), its first line just above and its
    // last just below, both starting where the middle line's last field starts. Returns where that field starts, or null.
    private static int? LabelSplit(List<TextLine> lines, int i, double h)
    {
        var (upper, middle, lower) = (lines[i], lines[i + 1], lines[i + 2]);
        if (!Follows(upper, middle, h) || !Follows(middle, lower, h)) return null;
        var gaps = WideGaps(middle, h);
        if (gaps.Count == 0 || WideGaps(upper, h).Count > 0 || WideGaps(lower, h).Count > 0) return null;
        var start = middle.Words[gaps[^1]].XMin;
        if (Math.Abs(upper.XMin - start) > StartTolerance * h || Math.Abs(lower.XMin - start) > StartTolerance * h) return null;
        // The first two lines of wrapped text both run to the value column's edge.
        if (Math.Abs(upper.XMax - middle.XMax) > 2 * h || lower.XMax > middle.XMax + StartTolerance * h) return null;
        return Alone(lines, i, h) ? gaps[^1] : null;
    }

    // The value is lines i to i + 2 alone: no line goes on at its start just above or just below them.
    private static bool Alone(List<TextLine> lines, int i, double h) =>
        !(i > 0 && GoesOn(lines[i - 1], lines[i], h)) && !(i + 3 < lines.Count && GoesOn(lines[i + 2], lines[i + 3], h));

    private static bool Follows(TextLine above, TextLine below, double h) =>
        below.YMin - above.YMax <= WrapGap * h && below.YMin >= above.YMax - 0.5 * h;

    // Indexes of the words that open a field: a gap before them wider than the clearance between label and value.
    private static List<int> WideGaps(TextLine l, double h) =>
        Enumerable.Range(1, l.Words.Count - 1).Where(k => l.Words[k].XMin - l.Words[k - 1].XMax > Clearance * h).ToList();

    private static bool GoesOn(TextLine above, TextLine below, double h) =>
        below.YMin - above.YMax <= WrapGap * h && Math.Abs(above.XMin - below.XMin) <= StartTolerance * h;

    private static double Centre(TextLine l) => (l.YMin + l.YMax) / 2;
}
