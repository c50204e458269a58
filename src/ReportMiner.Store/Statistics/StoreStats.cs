namespace ReportMiner.Store.Statistics;

public sealed record CountBy(string Key, long Count);

public sealed record StoreStats(
    long Documents, long Projects, long Indicators,
    IReadOnlyList<CountBy> ByFormat, IReadOnlyList<CountBy> ByStatus, IReadOnlyList<CountBy> ByCity, IReadOnlyList<CountBy> ByYear,
    IReadOnlyList<ImportedFailure> Failures, long FileBytes, IReadOnlyList<CountBy> IndexBytes, int SchemaVersion);

public sealed record ImportedFailure(string Path, string? Kind, string? Error);
