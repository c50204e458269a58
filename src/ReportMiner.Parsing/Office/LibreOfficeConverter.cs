using System.Diagnostics;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Office;

/// <summary>
/// Converts a legacy office file with headless LibreOffice. Files converted at the same time in this process share
/// one soffice call (<see cref="LibreOfficeBatches"/>) on a reused profile (<see cref="LibreOfficeProfiles"/>); a file
/// the batch did not convert is converted alone. Each file keeps its own deadline: half of
/// <see cref="ParseLimits.ToolTimeout"/> for the batch, the rest for converting it alone.
/// </summary>
internal static class LibreOfficeConverter
{
    /// <summary>Converts the file and passes the converted copy to <paramref name="read"/>; temporary files are removed afterwards.</summary>
    public static T Convert<T>(string path, LegacyFormat format, ParseLimits limits, CancellationToken cancellationToken,
        Func<string, T> read)
    {
        var clock = Stopwatch.StartNew();
        var root = limits.TemporaryDirectory ?? Path.GetTempPath();
        var work = LibreOfficeProfiles.FolderName(root);
        try
        {
            Directory.CreateDirectory(work);
            // A copy with a plain, unique name and the right extension: odd file names and misleading extensions cannot
            // reach the command line, and files in one batch cannot overwrite each other's output.
            var name = "source-" + Guid.NewGuid().ToString("N");
            var source = Path.Combine(work, name + "." + format.Extension);
            File.Copy(path, source);
            var batchOut = Path.Combine(work, "out-batch");
            if (LibreOfficeBatches.TryConvert(format, root, source, batchOut, limits.ToolTimeout / 2, cancellationToken))
                return read(Path.Combine(batchOut, name + "." + format.Target));
            return ConvertAlone(path, source, name, work, format, limits.ToolTimeout - clock.Elapsed, cancellationToken, read);
        }
        finally
        {
            LibreOfficeProfiles.TryDelete(work);
        }
    }

    private static T ConvertAlone<T>(string path, string source, string name, string work, LegacyFormat format,
        TimeSpan remaining, CancellationToken cancellationToken, Func<string, T> read)
    {
        var deadline = Stopwatch.StartNew();
        var failures = new List<string>();
        foreach (var filter in format.ImportFilters)
        {
            var left = remaining - deadline.Elapsed;
            if (left <= TimeSpan.Zero)
                throw new DocumentParseException(ParseErrorKind.Timeout, path,
                    $"'{format.Tool.Executable}' did not convert it within its deadline ({string.Join("; ", failures)}).",
                    "The file may be damaged or unusually large; check it by hand or raise the timeout.");
            var outDir = Path.Combine(work, "out-" + failures.Count);
            var root = Path.GetDirectoryName(work)!;
            var profile = LibreOfficeProfiles.Rent(root);
            var reusable = false;
            ToolRunResult result;
            try
            {
                result = ToolRunner.Run(format.Tool,
                    ["-env:UserInstallation=" + LibreOfficeProfiles.Uri(profile), "--headless", "--norestore", "--nolockcheck",
                     "--infilter=" + filter, "--convert-to", format.Target, "--outdir", outDir, source],
                    path, left, cancellationToken, workingDirectory: work);
                reusable = true;
            }
            finally
            {
                // A killed run may leave the profile half-written or locked.
                if (reusable) LibreOfficeProfiles.Return(root, profile);
                else LibreOfficeProfiles.Discard(profile);
            }
            var converted = Path.Combine(outDir, name + "." + format.Target);
            if (File.Exists(converted) && new FileInfo(converted).Length > 0) return read(converted);
            failures.Add($"{filter}: exit {result.ExitCode} {LastLine(result.StandardError)}".Trim());
        }
        throw new DocumentParseException(ParseErrorKind.Corrupt, path,
            $"LibreOffice could not open it as a {format.Description} ({string.Join("; ", failures)}).",
            "The file is damaged or not really that format; open it in Word/WPS/Excel and save it as .docx/.xlsx or PDF.");
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => !l.Contains("javaldx", StringComparison.Ordinal)) ?? string.Empty;
}
