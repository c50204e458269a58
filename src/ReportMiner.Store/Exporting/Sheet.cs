namespace ReportMiner.Store.Exporting;

/// <summary>A named table of values (string, long, double or null) ready to be written as CSV, XLSX or JSON.</summary>
public sealed record Sheet(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
