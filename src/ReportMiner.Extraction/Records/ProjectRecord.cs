namespace ReportMiner.Extraction.Records;

public sealed record ProjectRecord
{
    public required string Name { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? District { get; init; }
    public int? Year { get; init; }
    public string? Department { get; init; }
    /// <summary>self_evaluation | evaluation | target | monitoring.</summary>
    public string? ReportKind { get; init; }
    /// <summary>The full-year (adjusted) budget: the denominator of the execution rate.</summary>
    public double? BudgetWan { get; init; }
    /// <summary>年初预算数, when the report gives it apart from the full-year budget.</summary>
    public double? BudgetInitialWan { get; init; }
    /// <summary>调整后预算数 / 全年预算数 as printed, when the report gives it.</summary>
    public double? BudgetAdjustedWan { get; init; }
    public double? ActualWan { get; init; }
    public double? ExecutionRatePct { get; init; }
    public double? Score { get; init; }
    public string? Grade { get; init; }
    public IReadOnlyList<IndicatorRecord> Indicators { get; init; } = [];
    public IReadOnlyDictionary<string, SourceRef> Sources { get; init; } = new Dictionary<string, SourceRef>();
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
