namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Two tables set side by side without rules, each with its own row spacing.
/// The line builder joins their words that overlap in height, so they would be read as one table whose rows take
/// turns on each side. Where a gutter that no word crosses parts a run of lines into two sides, each side holding
/// rows of several columns at an even pitch of its own, the two pitches different and the two sides' baselines seldom
/// level, they are two tables. One table's columns share its rows' pitch; a list set in two halves shares it too, and
/// cells centred beside a wrapped label are not set at an even pitch on the label's side.
/// </summary>
public static class UnruledSideBySide
{
    private const int MinRows = 4;
    private const int MinTabularLines = 3;
    private const double MaxRunGap = 3.0;
    private const double BaselineTolerance = 0.2;
    private const double EvenShare = 0.75;
    private const double MaxSharedShare = 0.34;

    /// <summary>The lines cut at the gutter: the lines above, the left side's and the right side's lines, and the
    /// lines below; null when no such gutter exists.</summary>
    public static IReadOnlyList<List<TextLine>>? Split(IReadOnlyList<TextLine> lines, double gutter, double h)
    {
        // The gaps of one column, line after line, cut their band's words alike: each cut is judged once.
        var judged = new HashSet<(int, int, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i].Words;
            for (var k = 1; k < words.Count; k++)
            {
                if (words[k].XMin - words[k - 1].XMax < gutter) continue;
                var x = (words[k].XMin + words[k - 1].XMax) / 2;
                var (first, last) = Band(lines, i, x, h);
                var band = lines.Skip(first).Take(last - first + 1).SelectMany(l => l.Words).ToList();
                if (!judged.Add((first, last, Sides(band, x)))) continue;
                var left = LineBuilder.Build(band.Where(w => w.XMax <= x)).ToList();
                if (left.Count < MinRows) continue;
                var right = LineBuilder.Build(band.Where(w => w.XMin >= x)).ToList();
                if (!TwoTables(left, right, gutter, h)) continue;
                return [lines.Take(first).ToList(), left, right, lines.Skip(last + 1).ToList()];
            }
        }
        return null;
    }

    // Which side of x each word of the band falls on (a word may touch x from both, or cross it).
    private static string Sides(List<PositionedWord> band, double x) =>
        string.Create(band.Count, (band, x), static (sides, cut) =>
        {
            for (var n = 0; n < sides.Length; n++)
                sides[n] = (char)('0' + (cut.band[n].XMax <= cut.x ? 1 : 0) + (cut.band[n].XMin >= cut.x ? 2 : 0));
        });

    // The run of lines round line i, each close to the one before, that no word crosses at x.
    private static (int First, int Last) Band(IReadOnlyList<TextLine> lines, int i, double x, double h)
    {
        bool Open(int k) => lines[k].Words.All(w => w.XMax <= x || w.XMin >= x);
        var (first, last) = (i, i);
        while (first > 0 && Open(first - 1) && lines[first].YMin - lines[first - 1].YMax <= MaxRunGap * h) first--;
        while (last + 1 < lines.Count && Open(last + 1) && lines[last + 1].YMin - lines[last].YMax <= MaxRunGap * h) last++;
        return (first, last);
    }

    private static bool TwoTables(List<TextLine> left, List<TextLine> right, double gutter, double h)
    {
        if (left.Count < MinRows || right.Count < MinRows) return false;
        if (left.Count(l => UnruledTableFinder.IsTabular(l, gutter)) < MinTabularLines
            || right.Count(l => UnruledTableFinder.IsTabular(l, gutter)) < MinTabularLines) return false;
        var tolerance = BaselineTolerance * h;
        if (Pitch(left, tolerance) is not { } leftPitch || Pitch(right, tolerance) is not { } rightPitch) return false;
        // Words of one row set in two scripts or sizes may end at different heights, but keep one pitch.
        if (Math.Abs(leftPitch - rightPitch) <= tolerance) return RepeatedTable(left, right, gutter);
        var shared = right.Count(r => left.Any(l => Math.Abs(l.YMax - r.YMax) <= tolerance));
        return shared <= MaxSharedShare * Math.Min(left.Count, right.Count);
    }

    // At one pitch, two tables of one kind set side by side: each side's first line is a header of words only, the
    // two headers open with the same stub heading ("Area", "区县") but name other figures, and each side's rows open
    // with a label and hold figures. A list set in two halves repeats its whole header; one table whose columns hold
    // text in the middle does not repeat its stub heading.
    private static bool RepeatedTable(List<TextLine> left, List<TextLine> right, double gutter)
    {
        var (lh, rh) = (Pieces(left[0], gutter), Pieces(right[0], gutter));
        if (lh.Count < 2 || rh.Count < 2 || lh.Concat(rh).Any(IsFigure)) return false;
        if (lh[0] != rh[0] || lh.SequenceEqual(rh)) return false;
        return LabelledRowsOfFigures(left.Skip(1).ToList(), gutter) && LabelledRowsOfFigures(right.Skip(1).ToList(), gutter);
    }

    private static bool LabelledRowsOfFigures(List<TextLine> rows, double gutter) =>
        rows.Count(l => Pieces(l, gutter) is [var label, .. var rest] && !IsFigure(label) && rest.Any(IsFigure)) >= EvenShare * rows.Count;

    private static List<string> Pieces(TextLine line, double gutter)
    {
        var pieces = new List<string>();
        PositionedWord? previous = null;
        foreach (var w in line.Words)
        {
            if (previous is not null && w.XMin - previous.XMax < gutter) pieces[^1] += w.Text;
            else pieces.Add(w.Text);
            previous = w;
        }
        return pieces;
    }

    private static bool IsFigure(string text) => text.Any(char.IsAsciiDigit) && !text.Any(char.IsLetter);

    // The pitch most of a side's rows keep, or null when its rows are not evenly spaced.
    private static double? Pitch(List<TextLine> side, double tolerance)
    {
        var steps = side.Zip(side.Skip(1), (a, b) => b.YMax - a.YMax).Order().ToList();
        var median = steps[steps.Count / 2];
        return steps.Count(s => Math.Abs(s - median) <= tolerance) >= EvenShare * steps.Count ? median : null;
    }
}
