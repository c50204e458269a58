namespace ReportMiner.Extraction.Records;

/// <summary>The extraction record of one input file: the contract other tools read.</summary>
public sealed record DocumentRecord
{
    public required string File { get; init; }
    public required string Sha256 { get; init; }
    public required string Format { get; init; }
    /// <summary>
    /// What the document is: performance_report for the genre (projects hold its facts), or what else it is
    /// (ranking, news, procurement, policy, other) with no projects. Null when not decided.
    /// </summary>
    public string? DocumentKind { get; init; }
    public IReadOnlyList<ProjectRecord> Projects { get; init; } = [];
    /// <summary>About the document as a whole: why it has no project, what could not be read.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
