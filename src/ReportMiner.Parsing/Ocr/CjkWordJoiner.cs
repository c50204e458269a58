namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Tesseract reports every Chinese character or two as a separate "word"; neighbours on one line that meet
/// at a CJK–CJK junction and sit close together are joined into one word so the text has no "月 度 话 务".
/// A wide gap (a table cell boundary) keeps them apart; Latin words and numbers keep their spaces.
/// </summary>
public static class CjkWordJoiner
{
    /// <summary>Largest gap, relative to the taller word's height, still read as spacing inside a phrase.</summary>
    public const double MaxGapPerHeight = 0.6;

    public static IReadOnlyList<TsvWord> Join(IReadOnlyList<TsvWord> words)
    {
        var joined = new List<TsvWord>();
        foreach (var line in words.GroupBy(w => w.LineKey))
        {
            TsvWord? current = null;
            foreach (var word in line.OrderBy(w => w.Left))
            {
                if (current is not null && Joins(current, word)) current = Merge(current, word);
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

    private static bool Joins(TsvWord left, TsvWord right) =>
        CjkText.JoinsWithoutSpace(left.Text, right.Text)
        && right.Left - left.Right <= MaxGapPerHeight * Math.Max(left.Height, right.Height);

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
