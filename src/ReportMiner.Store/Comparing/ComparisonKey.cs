namespace ReportMiner.Store.Comparing;

/// <summary>
/// What makes copies of one report the same report: city, year, report kind and folded project name. A project's
/// target form (目标表) and its self-evaluation (自评表) of the same year are two reports, not two copies of one.
/// </summary>
internal readonly record struct ComparisonKey(string? CityKey, int? Year, string? ReportKind, string NameKey);
