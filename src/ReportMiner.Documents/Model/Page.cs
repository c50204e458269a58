namespace ReportMiner.Documents.Model;

/// <summary>A physical page (PDF) or a logical one (formats without pages have a single page 1).</summary>
public sealed record Page(int Number, double Width = 0, double Height = 0, bool FromOcr = false);
