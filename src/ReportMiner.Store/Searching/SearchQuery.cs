namespace ReportMiner.Store.Searching;

/// <summary>A search: free text (terms separated by spaces must all occur) and optional filters.</summary>
public sealed record SearchQuery(string Text)
{
    public string? City { get; init; }
    public int? Year { get; init; }
    public string? Category { get; init; }
    public int Limit { get; init; } = 20;
}

/// <summary>One indicator found, with where it came from; <see cref="Copies"/> counts files that say exactly the same.</summary>
public sealed record IndicatorHit(
    long IndicatorId, string? City, int? Year, string Project, string? Level1, string? Level2, string Indicator,
    string? Category, string? Target, string? Actual, bool? Met, string File, int? Page)
{
    public int Copies { get; init; } = 1;
}

/// <summary>A page of document text that contains the query.</summary>
public sealed record PageHit(string File, int Page, string Snippet);

public sealed record SearchResult(IReadOnlyList<string> Terms, IReadOnlyList<IndicatorHit> Indicators, IReadOnlyList<PageHit> Pages);
