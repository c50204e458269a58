using System.Text.RegularExpressions;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Grammar;

/// <summary>Finds years written as 2019年, 2021年度, 二〇二一年, 2020-2022年 or "年度：2021".</summary>
public static partial class YearParser
{
    private const int Earliest = 1949;
    private const int Latest = 2100;

    /// <summary>The first year mentioned, or null.</summary>
    public static int? Find(string text) => FindAll(text).Cast<int?>().FirstOrDefault();

    /// <summary>Every year mentioned, in order of appearance, without repeats; a span 2020-2022年 gives each year in it.</summary>
    public static IReadOnlyList<int> FindAll(string text)
    {
        var years = new List<int>();
        if (string.IsNullOrEmpty(text)) return years;
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(text));
        foreach (Match m in Year().Matches(s))
        {
            if (m.Groups["from"].Success && TryYear(m.Groups["from"].Value, out var from) && TryYear(m.Groups["to"].Value, out var to) && to >= from && to - from <= 10)
            {
                for (var y = from; y <= to; y++) Add(years, y);
            }
            else if (m.Groups["year"].Success && TryYear(m.Groups["year"].Value, out var year)) Add(years, year);
            else if (m.Groups["label"].Success && TryYear(m.Groups["label"].Value, out var labelled)) Add(years, labelled);
        }
        return years;
    }

    private static void Add(List<int> years, int year)
    {
        if (!years.Contains(year)) years.Add(year);
    }

    private static bool TryYear(string digits, out int year)
    {
        year = 0;
        if (digits.Length != 4) return false;
        if (digits.All(char.IsAsciiDigit)) year = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        else if (ChineseNumerals.TryParse(digits, out var value)) year = (int)value;
        return year is >= Earliest and <= Latest;
    }

    [GeneratedRegex(@"(?<![\d零〇一二三四五六七八九])(?:(?<from>\d{4})\s*[-—–~～至到]\s*(?<to>\d{4})\s*年|(?<year>\d{4}|[零〇一二三四五六七八九]{4})\s*年|年度\s*[:：]?\s*(?<label>\d{4})(?!\d))")]
    private static partial Regex Year();
}
