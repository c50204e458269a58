namespace ReportMiner.Extraction.Records;

/// <summary>The extraction record of one input file: the contract other tools read.</summary>
public sealed record DocumentRecord
{
    public required string File { get; init; }
    public required string Sha256 { get; init; }
    public required string Format { get; init; }
    public IReadOnlyList<ProjectRecord> Projects { get; init; } = [];
}
