namespace ReportMiner.TestSupport.Audits;

/// <summary>
/// The hand-labelled audit files of the tests: tab-separated, one labelled item a line, blank lines and # comments
/// skipped. Every audit reads its file through here and refuses a malformed line where it stands: a short line or a
/// misspelt label would otherwise only count as a miss far from its cause.
/// </summary>
public static class AuditTable
{
    /// <summary>The labelled lines of <paramref name="lines"/>, named after <paramref name="file"/> when refused.</summary>
    public static IEnumerable<AuditLine> Read(IEnumerable<string> lines, string file) =>
        lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => new AuditLine(file, l, l.Split('\t')));
}

/// <summary>One labelled line of an audit file and its tab-separated cells.</summary>
public sealed record AuditLine(string File, string Text, string[] Cells)
{
    /// <summary>The error that refuses this line: what a line of the file needs, then the line itself.</summary>
    public InvalidDataException Refused(string need) => new($"{File} needs {need}: {Text}");
}
