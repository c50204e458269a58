using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Tesseract reports every Chinese character or two as a separate "word"; neighbours on one line that meet
/// at a CJK–CJK junction and sit close together are joined into one word so the text has no "月 度 话 务".
/// A wide gap or a vertical border between them (a table cell boundary) keeps them apart, so a joined word
/// never straddles two cells; Latin words and numbers keep their spaces. A comma, semicolon or quotation mark that
/// tesseract read as a word of its own between two close neighbours joins the word before it: alone it would be
/// dropped as a lone mark (see <see cref="OcrTextCleaner"/>), and the clause or quoted name would lose it.
/// </summary>
public static class CjkWordJoiner
{
    /// <summary>Largest gap, relative to the taller word's height, still read as spacing inside a phrase.</summary>
    public const double MaxGapPerHeight = 1.0;

    public static IReadOnlyList<TsvWord> Join(IReadOnlyList<TsvWord> words, IReadOnlyList<RuleLine>? rules = null)
    {
        var verticals = (rules ?? []).Where(r => !r.IsHorizontal).ToList();
        var joined = new List<TsvWord>();
        var order = new Dictionary<TsvWord, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < words.Count; i++) order.TryAdd(words[i], i);
        foreach (var line in words.GroupBy(w => w.Page).SelectMany(VisualLines))
        {
            TsvWord? current = null;
            var ordered = InReadingOrder(line, order).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var word = ordered[i];
                if (current is not null && (Joins(current, word, verticals)
                        || (i + 1 < ordered.Count && JoinsBetween(current, word, ordered[i + 1], verticals))))
                    current = Merge(current, word);
                else
                {
                    if (current is not null) joined.Add(current);
                    current = word;
                }
            }
            if (current is not null) joined.Add(current);
        }
        return joined;
    }

    /// <summary>
    /// Words of one tile grouped by vertical overlap: tesseract sometimes puts one character of a line in a
    /// line (or block) of its own, so its line ids are not trusted.
    /// </summary>
    private static IEnumerable<List<TsvWord>> VisualLines(IEnumerable<TsvWord> words)
    {
        var lines = new List<List<TsvWord>>();
        foreach (var word in words.OrderBy(w => w.Top))
        {
            var line = lines.LastOrDefault(l => Overlap(l, word) >= 0.5 * Math.Min(word.Height, l.Max(w => w.Bottom) - l.Min(w => w.Top)));
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        return lines;
    }

    /// <summary>
    /// Tesseract's boxes for Chinese characters can be a character off (显's box left of 明's in "明显"), so the
    /// words of one tesseract line keep the order it read them in; separate lines met on one visual line are
    /// ordered by position.
    /// </summary>
    private static IEnumerable<TsvWord> InReadingOrder(List<TsvWord> line, Dictionary<TsvWord, int> order) =>
        line.GroupBy(w => w.LineKey)
            .OrderBy(g => g.Min(w => w.Left))
            .SelectMany(g => g.OrderBy(w => order.GetValueOrDefault(w)));

    private static int Overlap(List<TsvWord> line, TsvWord word) =>
        Math.Min(line.Max(w => w.Bottom), word.Bottom) - Math.Max(line.Min(w => w.Top), word.Top);

    public static bool JoinsWithoutSpace(string left, string right) =>
        left.Length > 0 && right.Length > 0 && CjkText.IsCjk(left[^1]) && CjkText.IsCjk(right[0]);

    private static bool Joins(TsvWord left, TsvWord right, IReadOnlyList<RuleLine> verticals) =>
        JoinsWithoutSpace(left.Text, right.Text)
        && right.Left - left.Right <= MaxGapPerHeight * Math.Max(left.Height, right.Height)
        && !verticals.Any(v => Between(v, left, right));

    // Tesseract's chi_sim model writes the Chinese comma as ',' and reads quotation marks as words of their own.
    private const string ClausePunctuation = ",;，；“”‘’\"";

    /// <summary>A lone clause mark with text close on both sides, and no border on either side: it belongs to the sentence.</summary>
    private static bool JoinsBetween(TsvWord left, TsvWord mark, TsvWord right, IReadOnlyList<RuleLine> verticals) =>
        mark.Text.Length is > 0 and <= 2 && mark.Text.All(ClausePunctuation.Contains)
        && left.Text.Length > 0 && right.Text.Length > 0 && Wordlike(left.Text[^1]) && Wordlike(right.Text[0])
        && Close(left, mark, left, right) && Close(mark, right, left, right)
        && !verticals.Any(v => Between(v, left, right));

    private static bool Wordlike(char c) => CjkText.IsHan(c) || char.IsLetterOrDigit(c) || ClausePunctuation.Contains(c);

    private static bool Close(TsvWord first, TsvWord second, TsvWord left, TsvWord right) =>
        second.Left - first.Right <= MaxGapPerHeight * Math.Max(left.Height, right.Height);

    private static bool Between(RuleLine vertical, TsvWord left, TsvWord right)
    {
        var x = (vertical.X1 + vertical.X2) / 2;
        var middle = (Math.Max(left.Top, right.Top) + Math.Min(left.Bottom, right.Bottom)) / 2.0;
        return x > (left.Left + left.Right) / 2.0 && x < (right.Left + right.Right) / 2.0
            && middle >= Math.Min(vertical.Y1, vertical.Y2) && middle <= Math.Max(vertical.Y1, vertical.Y2);
    }

    private static TsvWord Merge(TsvWord left, TsvWord right)
    {
        var top = Math.Min(left.Top, right.Top);
        var bottom = Math.Max(left.Bottom, right.Bottom);
        var confidence = ((left.Confidence * left.Text.Length) + (right.Confidence * right.Text.Length))
            / (left.Text.Length + right.Text.Length);
        return left with
        {
            Text = left.Text + right.Text,
            Top = top,
            Width = Math.Max(left.Right, right.Right) - left.Left,
            Height = bottom - top,
            Confidence = confidence,
        };
    }
}
