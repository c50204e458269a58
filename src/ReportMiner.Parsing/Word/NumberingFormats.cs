using System.Globalization;
using System.Text;

namespace ReportMiner.Parsing.Word;

/// <summary>List numbers rendered in Word's numFmt styles; Chinese reports number headings 一、（一）1. ①.</summary>
internal static class NumberingFormats
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";

    public static string Format(int n, string? numFmt) => numFmt switch
    {
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" => Chinese(n),
        "ideographTraditional" when n is >= 1 and <= 10 => HeavenlyStems[n - 1].ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when n is >= 1 and <= 20 => ((char)('①' + n - 1)).ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        "lowerLetter" => Letter(n).ToLowerInvariant(),
        "upperLetter" => Letter(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        "none" => string.Empty,
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Chinese(int n)
    {
        if (n <= 0 || n >= 10000) return n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        int[] units = [1000, 100, 10, 1];
        string[] names = ["千", "百", "十", ""];
        var pendingZero = false;
        for (var i = 0; i < units.Length; i++)
        {
            var digit = n / units[i] % 10;
            if (digit == 0) { pendingZero = sb.Length > 0; continue; }
            if (pendingZero) { sb.Append('零'); pendingZero = false; }
            // 十一 rather than 一十一 when the number starts with the tens.
            if (!(units[i] == 10 && digit == 1 && sb.Length == 0)) sb.Append(ChineseDigits[digit]);
            sb.Append(names[i]);
        }
        return sb.ToString();
    }

    private static string Letter(int n)
    {
        if (n <= 0) return n.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('A' + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1);
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        (int Value, string Symbol)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (value, symbol) in table)
            while (n >= value) { sb.Append(symbol); n -= value; }
        return sb.ToString();
    }
}
