using System.Text.RegularExpressions;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Grammar;

/// <summary>Reads one money amount ("13,410.06万元", "7934168.60元", "壹佰贰拾捌万元", "57") as 万元.</summary>
public static partial class MoneyParser
{
    /// <param name="defaultUnit">The unit of a bare number, usually from the table header (MoneyUnitDetector).</param>
    /// <returns>False for anything that is not a single amount: percentages, counts, dashes, prose.</returns>
    public static bool TryParseWan(string text, MoneyUnit defaultUnit, out double wan)
    {
        wan = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(text)).Replace(" ", "").Replace("\u00A0", "");
        s = ThousandsSeparator().Replace(s, "");
        var match = Amount().Match(s);
        if (!match.Success) return false;

        decimal value;
        var digits = match.Groups["digits"].Value;
        if (digits.Length > 0) { if (!PlainNumber.TryParse(digits, out value)) return false; }
        else if (!ChineseNumerals.TryParse(match.Groups["numeral"].Value, out value)) return false;
        if (match.Groups["minus"].Success) value = -value;

        var unit = match.Groups["unit"].Value switch
        {
            "亿元" or "亿" => MoneyUnit.Yi,
            "万元" or "万" => MoneyUnit.Wan,
            "元" => MoneyUnit.Yuan,
            "千元" => (MoneyUnit?)null,
            _ => defaultUnit,
        };
        var inWan = unit switch
        {
            MoneyUnit.Yi => value * 10000m,
            MoneyUnit.Wan => value,
            MoneyUnit.Yuan => value / 10000m,
            _ => value / 10m,
        };
        wan = (double)inWan;
        return true;
    }

    // A short label or currency sign may come first (约, 人民币, ¥, 合计:); the amount must end the text.
    [GeneratedRegex(@"^(?:[约共计合人民币金额总¥￥$:：(（]|RMB){0,8}(?<minus>-)?(?:(?<digits>\d+(?:\.\d+)?)|(?<numeral>[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟万亿]+))(?:[(（](?=[亿万千元]))?(?<unit>亿元|万元|千元|元|亿|万)?整?[)）]?[。.]?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
