using System.Text.RegularExpressions;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Grammar;

/// <summary>
/// Finds the money unit a header declares: "单位：万元", "（元）", "金额单位:元", "(万元)", and a bracket left
/// unclosed at the end of a label, as OCR leaves them ("项目总预算(元").
/// </summary>
public static partial class MoneyUnitDetector
{
    public static MoneyUnit? FromHeader(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(text)).Replace(" ", "");
        var match = Declared().Match(s);
        if (!match.Success) match = Bracketed().Match(s);
        if (!match.Success) match = UnclosedAtEnd().Match(s);
        if (!match.Success) return null;
        return match.Groups["unit"].Value switch
        {
            "亿元" => MoneyUnit.Yi,
            "万元" => MoneyUnit.Wan,
            _ => MoneyUnit.Yuan,
        };
    }

    [GeneratedRegex(@"单位[:：]?(?:人民币)?(?<unit>亿元|万元|元)")]
    private static partial Regex Declared();

    [GeneratedRegex(@"[(（\[【](?:单位[:：]?)?(?:人民币)?(?<unit>亿元|万元|元)[)）\]】]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[(（](?<unit>亿元|万元|元)[:：]?$")]
    private static partial Regex UnclosedAtEnd();
}
