using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Grammar;

/// <summary>Brings quantity text to one spelling: half-width, simplified, arabic digits, no thousands separators.</summary>
internal static partial class QuantityText
{
    /// <summary>Measure words a Chinese numeral may count (三次, 两个工作日); longest first.</summary>
    private static readonly string[] CountedBy = ["个工作日", "工作日", "个月", "小时", "分钟", "人次", "次", "个", "件", "人", "天", "日", "年", "周", "项", "家", "条", "名", "位", "分", "秒", "倍", "批", "场", "期", "户"];

    public static string Normalize(string text)
    {
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(text));
        s = s.Replace('％', '%').Replace('﹪', '%').Replace('≧', '≥').Replace('≦', '≤');
        s = PercentWords().Replace(s, m => ToDigits(m.Groups[1].Value) is { } d ? d + "%" : m.Value);
        s = ConvertCountedNumerals(s);
        return ThousandsSeparator().Replace(s, "");
    }

    private static string ConvertCountedNumerals(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length;)
        {
            var run = ChineseNumerals.RunLength(s, i);
            var precededByDigit = i > 0 && char.IsAsciiDigit(s[i - 1]);
            if (run > 0 && !precededByDigit && IsCounted(s, i + run) && ToDigits(s.Substring(i, run)) is { } digits)
            {
                builder.Append(digits);
                i += run;
                continue;
            }
            // Not a counted number: keep the whole run as words (一级, 万人次).
            var keep = Math.Max(1, run);
            builder.Append(s, i, keep);
            i += keep;
        }
        return builder.ToString();
    }

    private static bool IsCounted(string s, int at)
    {
        foreach (var word in CountedBy)
        {
            if (!s.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) continue;
            // 一次性 is "one-off", not a count.
            return !(at + word.Length < s.Length && s[at + word.Length] == '性');
        }
        return false;
    }

    private static string? ToDigits(string numeral)
    {
        if (numeral.All(char.IsAsciiDigit)) return numeral;
        // A lone 万/百/千 is a word part (万人次), not a number; a numeral needs a digit or a leading 十.
        if (!numeral.Any(c => "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖".Contains(c)) && numeral[0] != '十') return null;
        return ChineseNumerals.TryParse(numeral, out var value) ? value.ToString(CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"百分之([0-9.]+|[零〇一二两三四五六七八九十百点]+)")]
    private static partial Regex PercentWords();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
