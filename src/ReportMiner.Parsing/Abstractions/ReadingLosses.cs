namespace ReportMiner.Parsing.Abstractions;

/// <summary>
/// The reading warnings that say part of a document's text is missing (a page whose OCR timed out or failed, a page
/// read only in part): a run reports them on standard error as well as in each record, since the facts of that text
/// are silently absent from the record otherwise.
/// </summary>
public static class ReadingLosses
{
    /// <summary>Opens the warning of a page whose OCR finished only some of its passes.</summary>
    public const string Incomplete = "OCR incomplete:";

    /// <summary>Ends the warning of a page whose text was not read at all ("…; its content is missing.").</summary>
    public const string Missing = "content is missing";

    public static bool Describes(string warning) =>
        warning.Contains(Missing, StringComparison.Ordinal)
        || warning.Contains(Incomplete, StringComparison.Ordinal);
}
