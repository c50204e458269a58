using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>The money unit of a label: as the detector reads it, or from a bracket OCR left unclosed ("项目总预算(元").</summary>
public static partial class LabelUnit
{
    public static MoneyUnit? Of(string label)
    {
        if (MoneyUnitDetector.FromHeader(label) is { } unit) return unit;
        var m = UnclosedBracket().Match(TextKey.Of(label));
        if (!m.Success) return null;
        return m.Groups["u"].Value switch { "亿元" => MoneyUnit.Yi, "万元" => MoneyUnit.Wan, _ => MoneyUnit.Yuan };
    }

    [GeneratedRegex(@"[(（](?<u>亿元|万元|元)[:：]?$")]
    private static partial Regex UnclosedBracket();
}
