using ReportMiner.Store.Statistics;

namespace ReportMiner.Store.Searching;

/// <summary>A search: free text (terms separated by spaces must all occur) and optional filters.</summary>
public sealed record SearchQuery(string Text)
{
    public string? City { get; init; }
    public int? Year { get; init; }
    public string? Category { get; init; }
    /// <summary>Only projects of this report kind (self_evaluation, evaluation, target, monitoring, …).</summary>
    public string? ReportKind { get; init; }
    public int Limit { get; init; } = 20;

    /// <summary>Also name the facets' city keys as stored (a page shows them), in the same store round trip as the hits.</summary>
    public bool CityLabels { get; init; }
}

/// <summary>
/// One indicator found, with where it came from: the copy of its report that compare shows (the most complete);
/// <see cref="Copies"/> counts the report's stored copies (the same report imported as several files).
/// </summary>
public sealed record IndicatorHit(
    long IndicatorId, string? City, int? Year, string Project, string? Level1, string? Level2, string Indicator,
    string? Category, string? Target, string? Actual, bool? Met, string File, int? Page)
{
    public int Copies { get; init; } = 1;

    /// <summary>BM25 relevance (higher is better); hits come in this order.</summary>
    public float Score { get; init; }
}

/// <summary>A page of document text that contains the query.</summary>
public sealed record PageHit(string File, int Page, string Snippet)
{
    /// <summary>The best fragment of the page, split into plain text and the parts that matched (to show as highlights).</summary>
    public IReadOnlyList<SnippetPart> Highlighted { get; init; } = [];

    public float Score { get; init; }
}

/// <summary>A run of snippet text; <see cref="Match"/> marks the query's occurrences. The text is the document's, unescaped.</summary>
public sealed record SnippetPart(string Text, bool Match);

public sealed record SearchResult(IReadOnlyList<string> Terms, IReadOnlyList<IndicatorHit> Indicators, IReadOnlyList<PageHit> Pages)
{
    /// <summary>All indicator entries that matched, one copy of each report, before the limit.</summary>
    public long TotalIndicators { get; init; }

    /// <summary>Counts of all matching indicator entries (one copy of each report) by city (key), year, category and report_kind.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CountBy>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<CountBy>>();

    /// <summary>The stored document of each indicator hit, by indicator id.</summary>
    public IReadOnlyDictionary<long, HitDocument> Documents { get; init; } = new Dictionary<long, HitDocument>();

    /// <summary>A stored name of each city key in the facets, when the query asked for them (<see cref="SearchQuery.CityLabels"/>).</summary>
    public IReadOnlyDictionary<string, string> CityLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the search's time went, in milliseconds: the index (brought up to date, searched) and the store's rows.</summary>
    public SearchDurations Durations { get; init; } = new(0, 0);
}

/// <summary>Milliseconds of one search in the index (its freshness check included) and in loading the hits' rows from the store.</summary>
public sealed record SearchDurations(double Index, double Rows);
