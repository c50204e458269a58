using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A 时效 indicator's target is a deadline written in words (2023年12月底, 11月底完成100%, 按时限完成), and forms
/// report it kept either as the share finished on time (100%) or in words (在规定时间内完成). A deadline has no
/// number to compare with, so without this such a kept deadline gets no verdict at all. An actual that is itself a
/// day of the calendar (2023年10月, 11月20日) keeps the deadline when it falls no later.
/// </summary>
public static partial class DeadlineTargets
{
    private const double Whole = 100;

    /// <summary>True when the target is a deadline in words and the actual says it was kept; false otherwise (no verdict).</summary>
    public static bool Kept(Quantity target, Quantity actual)
    {
        var deadline = TextKey.Of(target.Text);
        if (!Deadline().IsMatch(deadline) || target.Value is not null && !Dated().IsMatch(deadline)) return false;
        var key = TextKey.Of(actual.Text);
        if (Negated().IsMatch(key)) return false;
        return actual is { Value: Whole, Unit: "%", Op: null } || OnTime().IsMatch(key) || NoLater(key, deadline);
    }

    private static bool NoLater(string actual, string deadline)
    {
        var done = Day().Match(actual);
        var due = Day().Match(deadline);
        if (!done.Success || done.Length != actual.Length || !due.Success) return false;
        if (done.Groups["y"].Success && due.Groups["y"].Success && done.Groups["y"].Value != due.Groups["y"].Value)
            return string.CompareOrdinal(done.Groups["y"].Value, due.Groups["y"].Value) < 0;
        var doneMonth = int.Parse(done.Groups["m"].Value);
        var dueMonth = int.Parse(due.Groups["m"].Value);
        if (doneMonth != dueMonth) return doneMonth < dueMonth;
        // The same month: a deadline without a day (11月底, 11月前) runs to the month's end.
        return !due.Groups["d"].Success || done.Groups["d"].Success && int.Parse(done.Groups["d"].Value) <= int.Parse(due.Groups["d"].Value);
    }

    [GeneratedRegex(@"[0-9]{1,2}月|月底|月末|年底|年末|[前内]完成|按时|按期|如期|及时|时限")]
    private static partial Regex Deadline();

    // ASCII digits only, here as in Deadline() and Dated(): \d takes any script's digits (١١月), which int.Parse refuses.
    [GeneratedRegex(@"(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})[日号])?")]
    private static partial Regex Day();

    [GeneratedRegex(@"^[0-9]{4}年[0-9]{1,2}月")]
    private static partial Regex Dated();

    [GeneratedRegex(@"(?:时间|时限|期限|期)内(?:全部)?完成|^(?:已)?(?:按时|按期|如期|及时)(?:限)?(?:全部)?完成")]
    private static partial Regex OnTime();

    [GeneratedRegex("^[未不]|未完成|未按|没有|滞后|延期|超期")]
    private static partial Regex Negated();
}
