using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Store.Importing;

/// <summary>A snapshot of an import in flight, reported after each committed batch.</summary>
public sealed record ImportProgress(int Total, int Imported, int Unchanged, int Failed, TimeSpan Elapsed, string? LastFile)
{
    public int Done => Imported + Unchanged + Failed;

    public double RatePerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => RatePerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / RatePerSecond) : null;
}

public sealed record ImportFailure(string Path, string Kind, string Error);

public sealed record ImportSummary(long RunId, int Total, int Imported, int Unchanged, int Failed, TimeSpan Elapsed,
    IReadOnlyList<ImportFailure> Failures, IReadOnlyDictionary<string, FormatTiming> ByFormat)
{
    /// <summary>The time spent bringing the search index up to date, during the run and at its end.</summary>
    public TimeSpan IndexSync { get; init; }

    /// <summary>Batches rolled back as a deadlock's victim or a serialization failure (PostgreSQL) and written again.</summary>
    public int Retries { get; init; }
}

/// <summary>How many documents of one format were read and how long their parse and extraction took in total.</summary>
public sealed record FormatTiming(int Documents, TimeSpan Work);

public sealed record ImportOptions
{
    public int Jobs { get; init; } = Math.Max(1, Environment.ProcessorCount);
    /// <summary>
    /// Files read through LibreOffice (.doc, .wps, .xls, .rtf) in flight at once, beside <see cref="Jobs"/>: they mostly
    /// wait for the converter, which converts the files waiting together in one call.
    /// </summary>
    public int ConvertedFilesInFlight { get; init; } = 16;
    /// <summary>Documents per write transaction; one document is never split across transactions.</summary>
    public int BatchSize { get; init; } = 32;
    /// <summary>Bring the search index up to date during and at the end of the run (otherwise the next search does).</summary>
    public bool UpdateIndex { get; init; } = true;
    /// <summary>
    /// Documents written between two catch-ups of the search index during the run: one catch-up over a whole large run
    /// made the importer's peak memory grow with the run.
    /// </summary>
    public int IndexStep { get; init; } = 500;
    /// <summary>Told the path of each file as a worker starts reading it (from the worker's thread).</summary>
    public Action<string>? Reading { get; init; }
    /// <summary>Told how far a long document has got (its path, then pages read or recognised), from a worker's thread.</summary>
    public Action<string, PageProgress>? PageProgress { get; init; }
    /// <summary>Told the path of each file when its worker has finished reading it.</summary>
    public Action<string>? DoneReading { get; init; }
}
