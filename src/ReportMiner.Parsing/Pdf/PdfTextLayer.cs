using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Pdf;

/// <summary>The words of every page from one run of <c>pdftotext -bbox-layout</c>, with its failures typed.</summary>
public static class PdfTextLayer
{
    public static IReadOnlyList<PageWords> Read(string path, ParseLimits limits, CancellationToken cancellationToken,
        out string diagnostics)
    {
        var run = ToolRunner.Run(ExternalTool.PdfToText, ["-bbox-layout", "-enc", "UTF-8", path, "-"], path,
            limits.ToolTimeout, cancellationToken);
        diagnostics = run.StandardError.Trim();
        if (run.ExitCode != 0) throw Failure(path, run);
        var pages = BboxLayoutReader.Read(run.StandardOutput);
        if (pages.Count == 0)
            throw new DocumentParseException(ParseErrorKind.Corrupt, path, "The PDF has no readable pages.",
                "It is probably truncated or damaged; download or export it again.");
        return pages;
    }

    private static DocumentParseException Failure(string path, ToolRunResult run)
    {
        var err = run.StandardError;
        if (err.Contains("password", StringComparison.OrdinalIgnoreCase) || err.Contains("encrypt", StringComparison.OrdinalIgnoreCase)
            || run.ExitCode == 3)
            return new DocumentParseException(ParseErrorKind.Encrypted, path, "The PDF is password-protected.",
                "Ask the publisher for an unprotected copy, or remove the password with the owner's consent.");
        return new DocumentParseException(ParseErrorKind.Corrupt, path,
            $"The PDF cannot be read (pdftotext: {FirstLines(err)}).",
            "It is probably truncated or damaged; download or export it again.");
    }

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(2);
        var joined = string.Join("; ", lines);
        return joined.Length == 0 ? "no diagnostics" : joined;
    }
}
