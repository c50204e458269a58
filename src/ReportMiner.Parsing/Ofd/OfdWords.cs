using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ofd;

/// <summary>
/// Groups an OFD page's characters into words the way PDF letters are grouped (<see cref="Pdf.LetterWords"/>): in
/// drawing order on one baseline, broken at spaces, at gaps wider than a tenth of the font size and where the text
/// jumps back. Many OFD producers write one TextObject per character, so words are built across objects.
/// </summary>
internal static class OfdWords
{
    private const double WordBreakGap = 0.1;
    private const double Ascent = 0.85;
    private const double Descent = 0.15;

    /// <summary>The words in points (1/72 inch), the unit the layout engine's thresholds are tuned in.</summary>
    public static List<PositionedWord> Build(IReadOnlyList<OfdGlyph> glyphs, double scale)
    {
        var words = new List<PositionedWord>();
        var text = new System.Text.StringBuilder();
        double x0 = 0, x1 = 0, baseline = 0, size = 0;
        OfdGlyph? previous = null;
        void Flush()
        {
            if (text.Length > 0)
                words.Add(new PositionedWord(Pdf.LetterText.Of(text.ToString()), x0 * scale, (baseline - Ascent * size) * scale,
                    x1 * scale, (baseline + Descent * size) * scale));
            text.Clear();
        }
        foreach (var g in glyphs)
        {
            if (string.IsNullOrWhiteSpace(g.Text)) { Flush(); previous = null; continue; }
            if (previous is { } p && !Continues(p, g)) Flush();
            if (text.Length == 0) { x0 = g.X0; x1 = g.X1; baseline = g.Baseline; size = g.Size; }
            text.Append(g.Text);
            x0 = Math.Min(x0, g.X0);
            x1 = Math.Max(x1, g.X1);
            size = Math.Max(size, g.Size);
            previous = g;
        }
        Flush();
        return words;
    }

    private static bool Continues(OfdGlyph previous, OfdGlyph next)
    {
        var size = Math.Max(previous.Size, next.Size);
        if (Math.Abs(previous.Baseline - next.Baseline) > 0.5 * Math.Min(previous.Size, next.Size)) return false;
        var gap = next.X0 - previous.X1;
        return gap <= WordBreakGap * size && gap >= -0.5 * size;
    }
}
