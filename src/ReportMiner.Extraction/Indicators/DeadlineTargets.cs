using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A 时效 indicator's target is a deadline written in words (2023年12月底, 11月底完成100%, 按时限完成), and forms
/// report it kept either as the share finished on time (100%) or in words (在规定时间内完成). A deadline has no
/// number to compare with, so without this such a kept deadline gets no verdict at all.
/// </summary>
public static partial class DeadlineTargets
{
    private const double Whole = 100;

    /// <summary>True when the target is a deadline in words and the actual says it was kept; false otherwise (no verdict).</summary>
    public static bool Kept(Quantity target, Quantity actual)
    {
        var deadline = TextKey.Of(target.Text);
        // A dated deadline parses as a number (2023年12月底 → 2023 年); it is still a date, not an amount.
        if (!Deadline().IsMatch(deadline) || target.Value is not null && !Dated().IsMatch(deadline)) return false;
        var key = TextKey.Of(actual.Text);
        if (Negated().IsMatch(key)) return false;
        return actual is { Value: Whole, Unit: "%", Op: null } || OnTime().IsMatch(key);
    }

    [GeneratedRegex(@"\d{1,2}月|月底|月末|年底|年末|[前内]完成|按时|按期|如期|及时|时限")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月")]
    private static partial Regex Dated();

    [GeneratedRegex(@"(?:时间|时限|期限|期)内(?:全部)?完成|^(?:已)?(?:按时|按期|如期|及时)(?:限)?(?:全部)?完成")]
    private static partial Regex OnTime();

    [GeneratedRegex("^[未不]|未完成|未按|没有|滞后|延期|超期")]
    private static partial Regex Negated();
}
