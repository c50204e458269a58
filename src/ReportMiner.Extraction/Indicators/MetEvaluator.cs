using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Whether an actual value meets its target; null when either has no number or their units differ.</summary>
public static class MetEvaluator
{
    public static bool? Compare(Quantity? target, Quantity? actual)
    {
        // A qualitative target ("健全", "合规") is met when the actual states the same thing.
        if (target is { Value: null } && actual is { Value: null } && TextKey.Of(target.Text).Length > 0)
            return TextKey.Of(target.Text) == TextKey.Of(actual.Text) ? true : null;
        if (target?.Value is not { } t || actual?.Value is not { } a) return null;
        if (target.Unit is not null && actual.Unit is not null && target.Unit != actual.Unit) return null;
        const double eps = 1e-9;
        return target.Op switch
        {
            "<" => a < t - eps,
            "<=" => a <= t + eps,
            ">" => a > t + eps,
            _ => a >= t - eps,
        };
    }

    /// <summary>A 是否达标 cell as a boolean.</summary>
    public static bool? FromCell(string? text) => TextKey.Of(text ?? string.Empty) switch
    {
        "是" or "达标" or "完成" or "已完成" or "已达标" or "√" or "达到" => true,
        "否" or "未达标" or "未完成" or "不达标" or "×" or "未达到" => false,
        _ => null,
    };
}
