namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Puts back the comparison signs the Chinese model cannot read, where they stand in a target cell: a cell of
/// the sign column (指标性质/指标方向) that came back empty or as one look-alike ("2", "三", "="), and a sign glued
/// before a number ("≥90%" read as "290%" or "=90%"). Only '≥', '≤' and '=' are put back. Each candidate is decided by the glyph's pixels
/// (<see cref="ComparisonGlyph"/>), so a real "2" or "2024" is left as read.
/// </summary>
public static class ComparisonSignCells
{
    private const string Lookalikes = "2三二=Z之z";

    /// <summary>
    /// The words of one tile with their signs restored. A cell (<paramref name="isCell"/>) that holds no word but
    /// a sign's ink gets that sign as its one word.
    /// </summary>
    public static IReadOnlyList<TsvWord> Restore(GrayImage tile, IReadOnlyList<TsvWord> words, int dpi, bool isCell)
    {
        if (words.Count == 0)
        {
            if (!isCell || ComparisonGlyph.InkBox(tile, 0, 0, tile.Width, tile.Height) is not var (left, top, right, bottom)) return words;
            return ComparisonGlyph.Classify(tile, left, top, right, bottom, dpi) is { } sign && sign is not (">" or "<")
                ? [new TsvWord(sign, left, top, right - left, bottom - top, 0.5, 1, 1, 1)]
                : words;
        }
        return WrappedEqualsSign.Restore(tile, words.Select(w => Restore(tile, w, dpi)).ToList(), dpi);
    }

    private static TsvWord Restore(GrayImage tile, TsvWord word, int dpi)
    {
        var text = word.Text;
        if (text.Length == 0 || !Lookalikes.Contains(text[0])) return word;
        const int margin = 2;
        int left = word.Left - margin, top = word.Top - margin, right = word.Right + margin, bottom = word.Bottom + margin;
        // Tesseract's box for a misread sign can take in part of the next glyph: the sign is the first run of inked columns.
        if ((text.Length > 1 && !char.IsAsciiDigit(text[1])) || FirstGlyph(tile, left, top, right, bottom) is not var (start, end)) return word;
        // An angle alone is not trusted over the reading: a '≥' whose bar is slanted or joined to it reads as an angle
        // alone, and its look-alike ("之95%") is left to ComparisonSignRepair.
        return ComparisonGlyph.Classify(tile, start, top, end, bottom, dpi) is { } sign && sign is not (">" or "<")
            ? word with { Text = sign + text[1..] }
            : word;
    }

    /// <summary>The columns of the word's first glyph: from its first inked column to the next blank one.</summary>
    private static (int Start, int End)? FirstGlyph(GrayImage tile, int left, int top, int right, int bottom)
    {
        (left, top, right, bottom) = (Math.Max(0, left), Math.Max(0, top), Math.Min(tile.Width, right), Math.Min(tile.Height, bottom));
        bool Inked(int x)
        {
            for (var y = top; y < bottom; y++)
                if (tile[x, y] < 128) return true;
            return false;
        }
        var start = left;
        while (start < right && !Inked(start)) start++;
        if (start == right) return null;
        var end = start;
        while (end < right && Inked(end)) end++;
        return (start, end);
    }
}
