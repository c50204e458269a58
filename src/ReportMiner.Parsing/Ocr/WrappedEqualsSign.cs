namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// In a column narrower than "&gt;=20", the '=' of a two-character sign wraps onto a line of its own under the
/// '&gt;' or '&lt;' ("&gt;" / "=" / "20平方米"), and tesseract drops a lone '=' of a cell altogether (its two thin bars
/// are too short a band to be read again as a missed line). A '&gt;' or '&lt;' that ends its line, with nothing read
/// under it but ink drawing an '=' (<see cref="ComparisonGlyph"/>), gets that '=' back.
/// </summary>
public static class WrappedEqualsSign
{
    public static IReadOnlyList<TsvWord> Restore(GrayImage tile, IReadOnlyList<TsvWord> words, int dpi)
    {
        if (!words.Any(w => w.Text is ">" or "<")) return words;
        return words.Select(w => w.Text is ">" or "<" && EqualsBelow(tile, words, w, dpi) is { } bottom
            ? w with { Text = w.Text + "=", Height = bottom - w.Top }
            : w).ToList();
    }

    /// <summary>The bottom of the '=' drawn under the sign, or null when something else (or nothing) is there.</summary>
    private static int? EqualsBelow(GrayImage tile, IReadOnlyList<TsvWord> words, TsvWord sign, int dpi)
    {
        if (words.Any(o => !ReferenceEquals(o, sign) && o.Left >= sign.Right && o.Top < sign.Bottom && o.Bottom > sign.Top)) return null;
        var reach = sign.Height / 2;
        int left = sign.Left - reach, right = sign.Right + reach, top = sign.Bottom + 1;
        var bottom = words.Where(o => !ReferenceEquals(o, sign) && o.Top > sign.Top && o.Left < right && o.Right > left)
            .Select(o => o.Top - 1).DefaultIfEmpty(sign.Bottom + (dpi / 4)).Min();
        bottom = Math.Min(tile.Height, Math.Min(bottom, sign.Bottom + (dpi / 4)));
        (left, right) = (Math.Max(0, left), Math.Min(tile.Width, right));
        if (bottom - top < 3) return null;
        return ComparisonGlyph.Classify(tile, left, top, right, bottom, dpi) == "="
            && ComparisonGlyph.InkBox(tile, left, top, right, bottom) is var (_, _, _, y1)
            ? y1
            : null;
    }
}
