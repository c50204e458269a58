namespace ReportMiner.Extraction.Records;

/// <summary>Where a value was read: page, table index and row (null for prose), and the text around it.</summary>
public sealed record SourceRef(int Page, int? Table, int? Row, string Snippet);
