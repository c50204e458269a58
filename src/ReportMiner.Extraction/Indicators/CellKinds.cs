using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>What a cell looks like: a bare number, a measurable value, a yes/no, or a label.</summary>
public static partial class CellKinds
{
    public static bool IsNumber(string text) => Number().IsMatch(TextKey.Of(text));

    public static bool IsValue(string text)
    {
        var key = TextKey.Of(text);
        return key.Length > 0 && (ValueLike().IsMatch(key) || (key.Length <= 6 && !key.Any(char.IsDigit)));
    }

    public static bool IsYesNo(string text) => TextKey.Of(text) is "是" or "否" or "达标" or "未达标" or "完成" or "未完成" or "已完成" or "√" or "×";

    /// <summary>A 指标性质 cell: a comparator sign or word, or 定性/定量.</summary>
    public static bool IsComparator(string text) => TextKey.Of(text) is "≥" or "≤" or ">" or "<" or "=" or "﹦" or ">=" or "<=" or "≧" or "≦"
        or "定性" or "定量" or "大于" or "小于" or "等于" or "大于等于" or "小于等于" or "不低于" or "不高于" or "不超过" or "不少于";

    /// <summary>A 度量单位 cell: a short unit word or sign without digits.</summary>
    public static bool IsUnit(string text)
    {
        var key = TextKey.Of(text);
        return key.Length is > 0 and <= 5 && !key.Any(char.IsDigit) && !IsComparator(key);
    }

    /// <summary>A label: has Chinese or Latin letters and does not read as a bare value.</summary>
    public static bool IsLabel(string text)
    {
        var key = TextKey.Of(text);
        return key.Any(c => char.IsLetter(c)) && (!ValueLike().IsMatch(key) || YearLed().IsMatch(key)) && !IsYesNo(key);
    }

    // "2022年底之前": a date, not a measured value.
    [GeneratedRegex(@"^(19|20)\d{2}年")]
    private static partial Regex YearLed();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();

    // A rate's unit may be per something (475元/亩, 260元/辆, 290kg/人): cost and subsidy standards are written so.
    [GeneratedRegex(@"^[^\u4e00-\u9fa5]{0,3}[≥≤><=＝≧≦]?\s*-?\d[\d.,]*\s*[%‰]?[\u4e00-\u9fa5a-zA-Z]{0,6}(?:/[\u4e00-\u9fa5a-zA-Z]{1,4})?$")]
    private static partial Regex ValueLike();
}
