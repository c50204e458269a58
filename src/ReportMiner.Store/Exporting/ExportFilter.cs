namespace ReportMiner.Store.Exporting;

/// <summary>Which projects to export; an empty filter exports everything.</summary>
public sealed record ExportFilter
{
    public IReadOnlyList<string> Cities { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public string? Category { get; init; }
}
