namespace ReportMiner.Store.Comparing;

/// <summary>What makes copies of one report the same project: city, year and folded project name.</summary>
internal readonly record struct ComparisonKey(string? CityKey, int? Year, string NameKey);
