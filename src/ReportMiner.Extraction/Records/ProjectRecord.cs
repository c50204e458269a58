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
    public double? BudgetWan { get; init; }
    public double? ActualWan { get; init; }
    public double? ExecutionRatePct { get; init; }
    public double? Score { get; init; }
    public string? Grade { get; init; }
    public IReadOnlyList<IndicatorRecord> Indicators { get; init; } = [];
    public IReadOnlyDictionary<string, SourceRef> Sources { get; init; } = new Dictionary<string, SourceRef>();
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
