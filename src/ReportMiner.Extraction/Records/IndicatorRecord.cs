namespace ReportMiner.Extraction.Records;

public sealed record IndicatorRecord
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    public string? Category { get; init; }
    public Quantity? Target { get; init; }
    public Quantity? Actual { get; init; }
    public double? Weight { get; init; }
    public double? Score { get; init; }
    public bool? Met { get; init; }
    public SourceRef? Source { get; init; }
}
