namespace ReportMiner.Store.Comparing;

/// <summary>What to compare: one indicator category or an indicator name (substring), optionally for some cities and years.</summary>
public sealed record CompareQuery
{
    public string? Category { get; init; }
    public string? Indicator { get; init; }
    public IReadOnlyList<string> Cities { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
}

/// <summary>
/// One city × year × project × report kind (a target form and a self-evaluation are two rows). Duplicates (the same report in several files or formats) are collapsed to the
/// most complete record; <see cref="Sources"/> counts the files, <see cref="Agreeing"/> those with the same values.
/// </summary>
public sealed record CompareRow(
    string? City, int? Year, string Project, string? Indicator, string? Target, double? TargetValue, string? Actual,
    double? ActualValue, bool? Met, double? BudgetWan, double? ActualWan, double? ExecutionRatePct, int Sources, int Agreeing, string File,
    string? ReportKind);
