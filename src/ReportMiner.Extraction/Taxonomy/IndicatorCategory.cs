namespace ReportMiner.Extraction.Taxonomy;

/// <summary>One indicator category of the taxonomy data file: its key, English label and Chinese keywords.</summary>
public sealed record IndicatorCategory(string Key, string Label, IReadOnlyList<string> Keywords);
