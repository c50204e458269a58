using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ofd;

/// <summary>
/// Groups an OFD page's characters into words the way PDF letters are grouped (<see cref="Pdf.LetterWords"/>): in
/// drawing order on one baseline, broken at spaces, at gaps wider than a tenth of the font size and where the text
/// jumps back. Many OFD producers write one TextObject per character, so words are built across objects.
/// </summary>
internal static class OfdWords
{
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
                words.Add(new PositionedWord(Pdf.LetterText.Of(text.ToString()), x0 * scale, (baseline - Pdf.LetterWords.Ascent * size) * scale,
                    x1 * scale, (baseline + Pdf.LetterWords.Descent * size) * scale));
            text.Clear();
        }
        foreach (var g in glyphs)
        {
            if (string.IsNullOrWhiteSpace(g.Text)) { Flush(); previous = null; continue; }
            if (previous is { } p && !Pdf.LetterWords.Continues(p.X1, p.Baseline, p.Size, g.X0, g.Baseline, g.Size)) Flush();
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
}
