namespace ReportMiner.Store.Comparing;

/// <summary>One file's version of a project (and its matching indicator, when comparing indicators).</summary>
internal sealed record CandidateRow(
    ComparisonKey Key, long DocumentId, string? City, string Project, double? BudgetWan,
    double? ActualWan, double? ExecutionRatePct, string File, string? Indicator, string? Target, double? TargetValue,
    string? Actual, double? ActualValue, bool? Met)
{
    public int? Year => Key.Year;

    public int Completeness => new object?[] { BudgetWan, ActualWan, ExecutionRatePct, Indicator, Target, TargetValue, Actual, ActualValue, Met }
        .Count(v => v is not null);

    /// <summary>Same values wherever both versions have one.</summary>
    public bool AgreesWith(CandidateRow other) =>
        Same(TargetValue, other.TargetValue) && Same(ActualValue, other.ActualValue) && Same(BudgetWan, other.BudgetWan)
        && Same(ActualWan, other.ActualWan) && (Met is null || other.Met is null || Met == other.Met);

    private static bool Same(double? a, double? b) => a is null || b is null || Math.Abs(a.Value - b.Value) < 1e-6;
}
