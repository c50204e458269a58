using ReportMiner.Extraction.Records;

namespace ReportMiner.Store.Writing;

/// <summary>Everything the store keeps about one input file: what it is, whether it was read, and what was found.</summary>
public sealed record DocumentEntry
{
    public required string Path { get; init; }
    public required string Sha256 { get; init; }
    public required string Format { get; init; }
    public required long Size { get; init; }
    public DocumentRecord? Record { get; init; }
    public IReadOnlyList<PageText> Pages { get; init; } = [];
    public string? ErrorKind { get; init; }
    public string? Error { get; init; }

    public bool Failed => Error is not null;

    public static DocumentEntry Failure(string path, string sha256, string format, long size, string kind, string error) =>
        new() { Path = path, Sha256 = sha256, Format = format, Size = size, ErrorKind = kind, Error = error };
}

public sealed record PageText(int Page, string Text);
