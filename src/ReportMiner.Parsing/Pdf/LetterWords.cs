using ReportMiner.Parsing.Layout;
using UglyToad.PdfPig.Content;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Groups a page's letters into words the way <c>pdftotext</c> does: letters in drawing order on one baseline,
/// broken at spaces, at gaps wider than a tenth of the font size, and where the baseline jumps or runs backwards.
/// Word boxes span the font's ascent and descent (not the glyph outlines), so every word of a line has the same height.
/// </summary>
public static class LetterWords
{
    private const double WordBreakGap = 0.1;
    internal const double Ascent = 0.85;
    internal const double Descent = 0.15;

    /// <summary>The quarter turns clockwise that make most of the page's text read left to right.</summary>
    public static int TextTurns(IReadOnlyList<Letter> letters, PageFrame frame)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var l in letters)
        {
            if (string.IsNullOrWhiteSpace(l.Value)) continue;
            var (x0, y0) = frame.ToDisplay(l.StartBaseLine.X, l.StartBaseLine.Y);
            var (x1, y1) = frame.ToDisplay(l.EndBaseLine.X, l.EndBaseLine.Y);
            double dx = x1 - x0, dy = y1 - y0;
            if (Math.Abs(dx) < 1e-6 && Math.Abs(dy) < 1e-6) continue;
            // Turns that bring this direction to "rightwards": down needs 3, left 2, up 1.
            var turns = Math.Abs(dx) >= Math.Abs(dy) ? (dx > 0 ? 0 : 2) : (dy > 0 ? 3 : 1);
            counts[turns]++;
        }
        var best = 0;
        for (var t = 1; t < 4; t++) if (counts[t] > counts[best]) best = t;
        // Only turn a page whose text is mostly sideways; a few rotated labels (a stamp, an axis title) don't count.
        return counts[best] > 2 * counts[0] ? best : 0;
    }

    public static List<PositionedWord> Build(IReadOnlyList<Letter> letters, PageFrame frame)
    {
        var words = new List<PositionedWord>();
        var current = new WordDraft();
        Glyph? previous = null;
        foreach (var letter in letters)
        {
            var g = Glyph.From(letter, frame);
            if (g is null) continue;
            var glyph = g.Value;
            if (glyph.Text.Length == 0 || string.IsNullOrWhiteSpace(glyph.Text))
            {
                current.Flush(words);
                previous = null;
                continue;
            }
            if (previous is { } p && !Continues(p, glyph) && !InsideNumber(current, p, glyph)) current.Flush(words);
            current.Add(glyph);
            previous = glyph;
        }
        current.Flush(words);
        words.AddRange(SidewaysWords.Build(letters, frame));
        return words;
    }

    private static bool Continues(Glyph previous, Glyph next) =>
        Continues(previous.X1, previous.Baseline, previous.Size, next.X0, next.Baseline, next.Size);

    /// <summary>Whether a character starting at <paramref name="nextX0"/> continues the word whose last character ends at <paramref name="x1"/>.</summary>
    internal static bool Continues(double x1, double baseline, double size, double nextX0, double nextBaseline, double nextSize)
    {
        if (Math.Abs(baseline - nextBaseline) > 0.5 * Math.Min(size, nextSize)) return false;
        var gap = nextX0 - x1;
        var larger = Math.Max(size, nextSize);
        return gap <= WordBreakGap * larger && gap >= -0.5 * larger;
    }

    // A half-width CJK font's comma and point fill half an em; drawn in a font whose mark is narrower (a substitute
    // embedded by a converter such as cairo, which keeps each glyph's position) they leave a gap before the next
    // digit: "2,604.46" would read as "2, 604. 46" (and a minus sign, "- 0.9"). Typed spaces are glyphs of their
    // own and still part words.
    private static bool InsideNumber(WordDraft word, Glyph previous, Glyph next)
    {
        if (next.Text.Length == 0 || !char.IsAsciiDigit(next.Text[0])) return false;
        // "2," of "2,604", a minus sign before its figure ("-0.9"), a dash between figures ("1-12月").
        var mark = previous.Text is "," or "." && word.EndsWithDigitBeforeLast
                   || previous.Text is "-" or "\u2212" && (word.Length == 1 || word.EndsWithDigitBeforeLast);
        if (!mark) return false;
        var gap = next.X0 - previous.X1;
        return Math.Abs(previous.Baseline - next.Baseline) <= 0.1 * previous.Size && gap >= 0 && gap <= NumberGap * Math.Max(previous.Size, next.Size);
    }

    private const double NumberGap = 0.3;

    private readonly record struct Glyph(string Text, double X0, double X1, double Baseline, double Size)
    {
        public static Glyph? From(Letter letter, PageFrame frame)
        {
            var (sx, sy) = frame.ToLayout(letter.StartBaseLine.X, letter.StartBaseLine.Y);
            var (ex, ey) = frame.ToLayout(letter.EndBaseLine.X, letter.EndBaseLine.Y);
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Abs(letter.BoundingBox.Height);
            if (double.IsNaN(sx + sy + ex + ey + size)) return null;
            // Letters that run sideways on a page whose text was turned upright keep a box around their advance.
            var horizontal = Math.Abs(ex - sx) >= Math.Abs(ey - sy);
            if (!horizontal) return null;
            return new Glyph(LetterText.Of(letter.Value ?? string.Empty), Math.Min(sx, ex), Math.Max(sx, ex), (sy + ey) / 2, size);
        }
    }

    private sealed class WordDraft
    {
        private readonly System.Text.StringBuilder _text = new();
        private double _x0 = double.MaxValue, _x1 = double.MinValue, _baseline, _size;

        public void Add(Glyph g)
        {
            if (_text.Length == 0) { _baseline = g.Baseline; _size = g.Size; }
            _text.Append(g.Text);
            _x0 = Math.Min(_x0, g.X0);
            _x1 = Math.Max(_x1, g.X1);
            _size = Math.Max(_size, g.Size);
        }

        /// <summary>The character before the word's last one is a digit ("2," of "2,604").</summary>
        public int Length => _text.Length;

        public bool EndsWithDigitBeforeLast => _text.Length >= 2 && char.IsAsciiDigit(_text[^2]);

        public void Flush(List<PositionedWord> output)
        {
            if (_text.Length > 0)
                output.Add(new PositionedWord(_text.ToString(), _x0, _baseline - Ascent * _size, _x1, _baseline + Descent * _size));
            _text.Clear();
            _x0 = double.MaxValue;
            _x1 = double.MinValue;
        }
    }
}
