using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Office;

/// <summary>
/// Converts a legacy office file with headless LibreOffice. Each call gets its own profile and output
/// directory, so concurrent conversions never share (or hand off to) one LibreOffice instance.
/// </summary>
internal static class LibreOfficeConverter
{
    /// <summary>Converts the file and passes the converted copy to <paramref name="read"/>; temporary files are removed afterwards.</summary>
    public static T Convert<T>(string path, LegacyFormat format, ParseLimits limits, CancellationToken cancellationToken,
        Func<string, T> read)
    {
        var work = Path.Combine(Path.GetTempPath(), "reportminer-soffice-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(work);
            // A copy with a plain name and the right extension: odd file names and misleading extensions cannot reach the command line.
            var source = Path.Combine(work, "source." + format.Extension);
            File.Copy(path, source);
            var profile = new Uri(Path.Combine(work, "profile") + Path.DirectorySeparatorChar).AbsoluteUri;
            var failures = new List<string>();
            foreach (var filter in format.ImportFilters)
            {
                var outDir = Path.Combine(work, "out-" + failures.Count);
                var result = ToolRunner.Run(format.Tool,
                    ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--nolockcheck",
                     "--infilter=" + filter, "--convert-to", format.Target, "--outdir", outDir, source],
                    path, limits.ToolTimeout, cancellationToken, workingDirectory: work);
                var converted = Path.Combine(outDir, "source." + format.Target);
                if (File.Exists(converted) && new FileInfo(converted).Length > 0) return read(converted);
                failures.Add($"{filter}: exit {result.ExitCode} {LastLine(result.StandardError)}".Trim());
            }
            throw new DocumentParseException(ParseErrorKind.Corrupt, path,
                $"LibreOffice could not open it as a {format.Description} ({string.Join("; ", failures)}).",
                "The file is damaged or not really that format; open it in Word/WPS/Excel and save it as .docx/.xlsx or PDF.");
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => !l.Contains("javaldx", StringComparison.Ordinal)) ?? string.Empty;

    private static void TryDelete(string directory)
    {
        try { if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
