using System.Text.RegularExpressions;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// With the Chinese and English models loaded together, tesseract sometimes lets the English one read a
/// Chinese line: "项目名称" comes back as "MAAR", "执行率" as "执行wR", "亩" as "Hi". The English model reads
/// digits and '%' better than the Chinese one alone ("100%" → "1009%6"), so it stays for the page; only the
/// lines holding a Latin letter are cut out here to be read again by the Chinese model alone.
/// </summary>
public static partial class LatinMisreadLines
{
    /// <summary>Whether the word holds a Latin letter other than a 'Z' before a digit (a misread '≥', see <see cref="ComparisonSignRepair"/>).</summary>
    public static bool HasLatinLetter(string text) => Count(text).Latin > 0;

    /// <summary>
    /// One band per tesseract line of the tile that holds a Latin letter, with the line's words. The band reaches
    /// <paramref name="reachX"/> beyond the words' ends (tesseract's boxes for Chinese words can be a character
    /// off) and <paramref name="reachY"/> above and below, and gets a white margin of <paramref name="padding"/>.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyList<TsvWord> Line, OcrTile Band)> Find(OcrTile tile, IEnumerable<TsvWord> wordsInTile,
        int reachX, int reachY, int padding)
    {
        var bands = new List<(IReadOnlyList<TsvWord>, OcrTile)>();
        foreach (var line in wordsInTile.GroupBy(w => w.LineKey))
        {
            var words = line.ToList();
            if (!words.Any(w => HasLatinLetter(w.Text))) continue;
            var image = tile.Image;
            int left = Math.Max(0, words.Min(w => w.Left) - reachX), right = Math.Min(image.Width, words.Max(w => w.Right) + reachX);
            int top = Math.Max(0, words.Min(w => w.Top) - reachY), bottom = Math.Min(image.Height, words.Max(w => w.Bottom) + reachY);
            if (right <= left || bottom <= top) continue;
            bands.Add((words, Crop(tile, left, top, right, bottom, padding)));
        }
        return bands;
    }

    /// <summary>
    /// The second reading replaces the first when it reads fewer Latin letters, no fewer Chinese characters, about
    /// as many characters in all, and every percentage of the first the same ("BO万元" → "80万元" wins; "90%" →
    /// "909%6" loses, the Chinese model's misreading of '%'). A line that really is Latin ("QQ", a web address)
    /// reads the same with either model.
    /// </summary>
    public static bool RereadWins(IEnumerable<string> first, IEnumerable<string> second)
    {
        var firstText = string.Concat(first);
        var secondText = string.Concat(second);
        var (firstHan, firstLatin) = Count(firstText);
        var (secondHan, secondLatin) = Count(secondText);
        // Letters read for characters come back as about as many characters: a reading that drops a Latin word
        // ("PDF文件" → "文件") is a loss, not a repair.
        var (firstLength, secondLength) = (firstText.Count(c => !char.IsWhiteSpace(c)), secondText.Count(c => !char.IsWhiteSpace(c)));
        return secondLatin < firstLatin && secondHan >= firstHan && (2 * secondLength) >= (2 * firstLength) - firstLatin
            && Percentages(firstText).All(p => Percentages(secondText).Contains(p));
    }

    private static List<string> Percentages(string text) =>
        Percentage().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\d+(?:\.\d+)?%")]
    private static partial Regex Percentage();

    private static (int Han, int Latin) Count(string text)
    {
        int han = 0, latin = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CjkText.IsHan(c)) han++;
            else if (char.IsAsciiLetter(c) && !(c is 'Z' or 'z' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) latin++;
        }
        return (han, latin);
    }

    private static OcrTile Crop(OcrTile tile, int left, int top, int right, int bottom, int padding)
    {
        // A white margin around the cut line: tesseract misreads text cut tight to its ink.
        var band = GrayImage.Blank(right - left + (2 * padding), bottom - top + (2 * padding));
        for (var y = top; y < bottom; y++)
            Array.Copy(tile.Image.Pixels, (y * tile.Image.Width) + left, band.Pixels, ((y - top + padding) * band.Width) + padding, right - left);
        return new OcrTile(band, tile.OffsetX + left - padding, tile.OffsetY + top - padding);
    }
}
