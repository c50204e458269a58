namespace ReportMiner.Extraction.Records;

/// <summary>A target or actual value as written, and as read: comparator, number and unit.</summary>
public sealed record Quantity(string Text, string? Op, double? Value, string? Unit);
