using ReportMiner.Parsing.Layout;
using UglyToad.PdfPig.Content;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Words of text turned a quarter turn on a page that reads left to right (header cells of narrow columns set
/// bottom to top, Word's btLr and tbRl cells). Letters that run straight up or down on one baseline in drawing order
/// make one word, spaces and all: stacked words of one turned label are one cell's text, not lines of their own.
/// Its box spans the run's length and the font's ascent and descent across the baseline.
/// </summary>
public static class SidewaysWords
{
    private const double Ascent = 0.85;
    private const double Descent = 0.15;
    // Letters more than this far off the vertical (a curved seal, a slanted stamp) are not turned text.
    private const double MaxSlant = 0.17;
    private const double MaxGap = 0.6;
    private const double WordGap = 0.1;

    public static IEnumerable<PositionedWord> Build(IReadOnlyList<Letter> letters, PageFrame frame)
    {
        Run? run = null;
        foreach (var letter in letters)
        {
            var (sx, sy) = frame.ToLayout(letter.StartBaseLine.X, letter.StartBaseLine.Y);
            var (ex, ey) = frame.ToLayout(letter.EndBaseLine.X, letter.EndBaseLine.Y);
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Abs(letter.BoundingBox.Width);
            var (dx, dy) = (ex - sx, ey - sy);
            if (double.IsNaN(sx + sy + ex + ey + size) || Math.Abs(dy) < 1e-6 || Math.Abs(dx) > MaxSlant * Math.Abs(dy))
            {
                if (run is not null) { if (run.Word() is { } w) yield return w; run = null; }
                continue;
            }
            var up = dy < 0;
            var text = LetterText.Of(letter.Value ?? string.Empty);
            if (run is not null && !run.TakesNext(sx, sy, up, size))
            {
                if (run.Word() is { } w) yield return w;
                run = null;
            }
            run ??= new Run(sx, up, size);
            run.Add(text, sy, ey, size);
        }
        if (run?.Word() is { } last) yield return last;
    }

    private sealed class Run(double baseline, bool up, double size)
    {
        private readonly System.Text.StringBuilder _text = new();
        private double _y0 = double.MaxValue, _y1 = double.MinValue, _end, _size = size;

        public bool TakesNext(double x, double y, bool goesUp, double letterSize) =>
            goesUp == up && Math.Abs(x - baseline) <= 0.3 * Math.Min(_size, letterSize)
            && (up ? _end - y : y - _end) is var gap && gap <= MaxGap * _size && gap >= -0.5 * _size;

        public void Add(string text, double start, double end, double letterSize)
        {
            var gap = _text.Length == 0 ? 0 : up ? _end - start : start - _end;
            var space = string.IsNullOrWhiteSpace(text) || gap > WordGap * _size;
            if (space && _text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
            if (!string.IsNullOrWhiteSpace(text)) _text.Append(text);
            _y0 = Math.Min(_y0, Math.Min(start, end));
            _y1 = Math.Max(_y1, Math.Max(start, end));
            _end = end;
            _size = Math.Max(_size, letterSize);
        }

        public PositionedWord? Word()
        {
            var text = _text.ToString().Trim();
            if (text.Length == 0) return null;
            var (left, right) = up ? (Ascent, Descent) : (Descent, Ascent);
            return new PositionedWord(text, baseline - left * _size, _y0, baseline + right * _size, _y1);
        }
    }
}
