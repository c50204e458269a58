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

    /// <summary>A label: has Chinese or Latin letters and does not read as a bare value.</summary>
    public static bool IsLabel(string text)
    {
        var key = TextKey.Of(text);
        return key.Any(c => char.IsLetter(c)) && !ValueLike().IsMatch(key) && !IsYesNo(key);
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[^\u4e00-\u9fa5]{0,3}[≥≤><=＝≧≦]?\s*-?\d[\d.,]*\s*[%‰]?[\u4e00-\u9fa5a-zA-Z]{0,6}$")]
    private static partial Regex ValueLike();
}
