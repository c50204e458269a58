namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Tesseract's Chinese and English models have no '≥': target values such as "≥95%" come back as "之95%",
/// "Z95%" or a lone "之"/"Z" just left of the number. Restores the sign only in that position, before a
/// digit, so neither the digits nor ordinary text are touched; a lone '≥'/'≤' restored from its pixels joins its number the same way.
/// </summary>
public static class ComparisonSignRepair
{
    private const string Lookalikes = "之Z";

    /// <summary>Signs restored from their pixels (<see cref="ComparisonSignCells"/>) that stand apart from their number.</summary>
    private const string Signs = "≥≤";

    public static IReadOnlyList<TsvWord> Repair(IReadOnlyList<TsvWord> words)
    {
        var result = new List<TsvWord>(words.Count);
        var consumed = new HashSet<TsvWord>();
        foreach (var word in words)
        {
            if (consumed.Contains(word)) continue;
            if (word.Text.Length > 1 && Lookalikes.Contains(word.Text[0]) && char.IsAsciiDigit(word.Text[1]))
            {
                result.Add(word with { Text = "≥" + word.Text[1..] });
                continue;
            }
            var sign = word.Text.Length != 1 ? null : Lookalikes.Contains(word.Text[0]) ? "≥" : Signs.Contains(word.Text[0]) ? word.Text : null;
            var number = sign is null ? null : NumberRightOf(word, words);
            if (number is null)
            {
                result.Add(word);
                continue;
            }
            consumed.Add(number);
            result.Add(number with
            {
                Text = sign + number.Text,
                Left = word.Left,
                Width = number.Right - word.Left,
                Top = Math.Min(word.Top, number.Top),
                Height = Math.Max(word.Bottom, number.Bottom) - Math.Min(word.Top, number.Top),
            });
        }
        return result;
    }

    private static TsvWord? NumberRightOf(TsvWord sign, IReadOnlyList<TsvWord> words) =>
        words.Where(w => w.Page == sign.Page && w.Text.Length > 0 && char.IsAsciiDigit(w.Text[0])
                && w.Left >= sign.Right - 2 && w.Left - sign.Right <= sign.Height
                && Math.Min(w.Bottom, sign.Bottom) - Math.Max(w.Top, sign.Top) >= 0.5 * Math.Min(w.Height, sign.Height))
            .OrderBy(w => w.Left)
            .FirstOrDefault();
}
