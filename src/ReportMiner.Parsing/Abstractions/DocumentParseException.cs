namespace ReportMiner.Parsing.Abstractions;

/// <summary>A file could not be read: says what went wrong, with which file, and what to do.</summary>
public sealed class DocumentParseException(ParseErrorKind kind, string path, string problem, string advice,
    Exception? inner = null)
    : Exception($"{path}: {problem} {advice}".Trim(), inner)
{
    public ParseErrorKind Kind { get; } = kind;

    public string FilePath { get; } = path;

    public string Problem { get; } = problem;

    public string Advice { get; } = advice;
}
