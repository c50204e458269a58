using System.Globalization;

namespace ReportMiner.Parsing.Ocr;

/// <summary>Reads the word rows (level 5) of tesseract's TSV output; other levels and blank words are skipped.</summary>
public static class TesseractTsvParser
{
    private const int WordLevel = 5;

    public static IReadOnlyList<TsvWord> Parse(string tsv)
    {
        var words = new List<TsvWord>();
        foreach (var raw in tsv.Split('\n'))
        {
            var fields = raw.TrimEnd('\r').Split('\t');
            if (fields.Length < 12 || !TryInt(fields[0], out var level) || level != WordLevel) continue;
            var text = fields[11].Trim();
            if (text.Length == 0) continue;
            if (!TryInt(fields[1], out var page) || !TryInt(fields[2], out var block) || !TryInt(fields[3], out var par) || !TryInt(fields[4], out var line)
                || !TryInt(fields[6], out var left) || !TryInt(fields[7], out var top)
                || !TryInt(fields[8], out var width) || !TryInt(fields[9], out var height)
                || !double.TryParse(fields[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf))
                continue;
            words.Add(new TsvWord(text, left, top, width, height, Math.Clamp(conf / 100.0, 0, 1), block, par, line, page));
        }
        return words;
    }

    /// <summary>Width and height of each page (level-1 rows), by tesseract's 1-based page number.</summary>
    public static IReadOnlyDictionary<int, (int Width, int Height)> PageSizes(string tsv)
    {
        var sizes = new Dictionary<int, (int Width, int Height)>();
        foreach (var raw in tsv.Split('\n'))
        {
            var fields = raw.TrimEnd('\r').Split('\t');
            if (fields.Length >= 10 && TryInt(fields[0], out var level) && level == 1 && TryInt(fields[1], out var page)
                && TryInt(fields[8], out var width) && TryInt(fields[9], out var height))
                sizes[page] = (width, height);
        }
        return sizes;
    }

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
