namespace ReportMiner.Extraction.Indicators;

/// <summary>The texts of one indicator row by role, after alignment.</summary>
public sealed record IndicatorRow(string? Level1, string? Level2, string Name, string? Target, string? Actual,
    string? Weight, string? Score, string? Met);
