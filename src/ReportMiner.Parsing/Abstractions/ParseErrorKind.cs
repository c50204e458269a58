namespace ReportMiner.Parsing.Abstractions;

public enum ParseErrorKind
{
    Empty,
    NotFound,
    TooLarge,
    Corrupt,
    Encrypted,
    Unsupported,
    Timeout,
    MissingTool,
    ToolFailed,
}
