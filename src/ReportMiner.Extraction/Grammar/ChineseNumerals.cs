namespace ReportMiner.Extraction.Grammar;

/// <summary>Reads Chinese numerals: ordinary (九十五, 一万二千), financial capitals (壹佰贰拾捌万),
/// digit-by-digit forms (二〇二一) and decimals with 点.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零〇一二三四五六七八九";
    private const string CapitalDigits = "零〇壹贰叁肆伍陆柒捌玖";

    public static bool IsNumeralChar(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0 || c == '点';

    /// <summary>The longest numeral run starting at <paramref name="start"/>; its length is 0 when there is none.</summary>
    public static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsNumeralChar(text[end])) end++;
        while (end > start && text[end - 1] == '点') end--;
        return end - start;
    }

    public static bool TryParse(string numeral, out decimal value)
    {
        value = 0;
        if (numeral.Length == 0) return false;
        var point = numeral.IndexOf('点');
        if (point >= 0)
        {
            if (!TryParseInteger(numeral[..point], out var whole)) return false;
            var fraction = numeral[(point + 1)..];
            if (fraction.Length == 0 || fraction.Any(c => DigitValue(c) < 0)) return false;
            var scale = 0.1m;
            value = whole;
            foreach (var c in fraction) { value += DigitValue(c) * scale; scale /= 10; }
            return true;
        }
        return TryParseInteger(numeral, out value);
    }

    private static bool TryParseInteger(string numeral, out decimal value)
    {
        value = 0;
        if (numeral.Length == 0) return false;
        if (numeral.All(c => DigitValue(c) >= 0))
        {
            // Longer runs are no amount, and would overflow decimal.
            if (numeral.Length > 18) return false;
            // 二〇二一: positional digits. A lone 零 is zero.
            foreach (var c in numeral) value = value * 10 + DigitValue(c);
            return true;
        }
        decimal total = 0, wan = 0, section = 0, digit = 0;
        var sawDigit = false;
        foreach (var c in numeral)
        {
            var d = DigitValue(c);
            if (d >= 0) { digit = d; sawDigit = true; continue; }
            var unit = UnitValue(c);
            if (unit <= 0) return false;
            if (unit == 100000000)
            {
                total = (total + wan + section + digit) * unit;
                wan = 0;
                section = 0;
                // 亿亿亿…: past any amount; stopping here keeps the next multiplication inside decimal.
                if (total > 1e18m) return false;
            }
            else if (unit == 10000) { wan = (section + digit) * unit; section = 0; }
            // 十五 means 15: a unit with no digit before it counts once.
            else section += (sawDigit ? digit : 1) * unit;
            digit = 0;
            sawDigit = false;
        }
        value = total + wan + section + digit;
        return true;
    }

    private static int DigitValue(char c)
    {
        if (c == '两') return 2;
        var i = Digits.IndexOf(c);
        if (i >= 0) return Math.Max(0, i - 1);
        i = CapitalDigits.IndexOf(c);
        return i >= 0 ? Math.Max(0, i - 1) : -1;
    }

    private static decimal UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 10000,
        '亿' or '億' => 100000000,
        _ => 0,
    };
}
