namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A figure in a column just as wide as its digits wraps its percent sign onto the next line ("100" over "%"), as a
/// table exported without borders often shows it. A percent sign never starts a cell, so a sign standing alone on
/// the line right under a figure's start (or middle) is that figure's end; left apart, the figure's line reads as a
/// few cells under the row above and joins it.
/// </summary>
public static class WrappedPercentSigns
{
    // How far the sign's start (or middle) may be from the figure's, and how clear of other words it stands, in text heights.
    private const double Alignment = 0.3;
    private const double Clearance = 1.0;
    private const double WordClearance = 0.5;

    public static IReadOnlyList<PositionedWord> Join(IReadOnlyList<PositionedWord> words, double h)
    {
        var signs = words.Where(w => IsSign(w.Text)).ToList();
        if (signs.Count == 0) return words;
        var joined = new Dictionary<PositionedWord, PositionedWord>(ReferenceEqualityComparer.Instance);
        var dropped = new HashSet<PositionedWord>(ReferenceEqualityComparer.Instance);
        foreach (var sign in signs)
        {
            if (!StandsAlone(sign, words, h)) continue;
            var figure = FigureAbove(sign, words, h);
            if (figure is null || joined.ContainsKey(figure)) continue;
            // Set on the sign's line: a figure wrapped in a vertically centred cell has its sign on the line of the
            // row's one-line cells, and the line above holds only the upper halves of wrapped cells.
            joined[figure] = figure with { Text = figure.Text + sign.Text, XMax = Math.Max(figure.XMax, sign.XMax),
                YMin = sign.YMin, YMax = sign.YMax, Confidence = Math.Min(figure.Confidence, sign.Confidence) };
            dropped.Add(sign);
        }
        if (dropped.Count == 0) return words;
        return words.Where(w => !dropped.Contains(w)).Select(w => joined.GetValueOrDefault(w, w)).ToList();
    }

    private static bool IsSign(string text) => text is "%" or "％" or "‰";

    // Nothing else on the sign's line within a text height of it: a cell holding the sign alone. Words (not
    // figures) of the cell to its left may come closer, as in a table set with little cell padding: a sign follows
    // only a figure on its own line.
    private static bool StandsAlone(PositionedWord sign, IReadOnlyList<PositionedWord> words, double h) =>
        !words.Any(w => !ReferenceEquals(w, sign) && w.YMin < sign.YMax && w.YMax > sign.YMin
                        && w.XMin < sign.XMax + Clearance * h
                        && w.XMax > sign.XMin - (w.XMax <= sign.XMin && !EndsInDigit(w.Text) ? WordClearance : Clearance) * h);

    private static bool EndsInDigit(string text) => text.Length > 0 && IsDigit(text[^1]);

    // Full-width digits ("１００") are as common as ASCII ones in these forms.
    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    // The figure whose line is the one right above the sign's, at the line pitch of wrapped text, starting (or
    // centred) where the sign is, its digits last.
    private static PositionedWord? FigureAbove(PositionedWord sign, IReadOnlyList<PositionedWord> words, double h)
    {
        var height = sign.YMax - sign.YMin;
        return words.Where(w => IsFigure(w.Text)
                                && sign.YMin - w.YMin >= 0.6 * height && sign.YMin - w.YMin <= 1.3 * height
                                && (Math.Abs(w.XMin - sign.XMin) <= Alignment * h
                                    || Math.Abs(w.XMin + w.XMax - sign.XMin - sign.XMax) <= 2 * Alignment * h))
            .OrderByDescending(w => w.YMin).FirstOrDefault();
    }

    private static bool IsFigure(string text) =>
        text.Length > 0 && IsDigit(text[^1]) && !text.Any(char.IsLetter);
}
