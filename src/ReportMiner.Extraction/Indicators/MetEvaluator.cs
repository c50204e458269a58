using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Whether an actual value meets its target; null when either has no number or their units differ.</summary>
public static class MetEvaluator
{
    public static bool? Compare(Quantity? target, Quantity? actual) =>
        CompareValues(target, actual)
        ?? (target is not null && actual is not null && (SaysAchieved(actual.Text) || DeadlineTargets.Kept(target, actual)) ? true : null);

    /// <summary>
    /// An actual that reports the target reached in words: 达成预期指标, 已完成, 已完成100%, 达标. Self-evaluation
    /// forms write this for qualitative targets and for targets whose unit differs from the progress figure.
    /// </summary>
    public static bool SaysAchieved(string text)
    {
        var key = TextKey.Of(text);
        if (key.StartsWith('未') || key.StartsWith('不') || key.Contains("未完成") || key.Contains("未达")) return false;
        if (key is "达标" or "已达标" or "达到" or "已达到" or "完成" or "已完成" or "全部完成" or "按时完成" or "达成" or "已达成") return true;
        return key.StartsWith("达成预期") || key.StartsWith("达到预期") || key.StartsWith("完成预期")
               || (key.StartsWith("已完成") && (key.Length == 3 || key.EndsWith("100%")));
    }

    private static bool? CompareValues(Quantity? target, Quantity? actual)
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
