using System.Globalization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Ocr;

/// <summary>Runs tesseract on one image file (several pages for a multi-page TIFF, or a list of image files) and returns its TSV rows.</summary>
public static class TesseractRunner
{
    // One thread per tesseract: OpenMP spinning on a shared 2-core machine makes a page slower, not faster.
    private static readonly Dictionary<string, string> Environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    public static TesseractOutput Recognize(string imagePath, int? dpi, OcrOptions options, string forFile,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var result = Run(imagePath, dpi, options, forFile, timeout, cancellationToken);
        if (result.ExitCode != 0) throw Failed(result, options, forFile);
        return new TesseractOutput(TesseractTsvParser.Parse(result.StandardOutput),
            TesseractTsvParser.PageSizes(result.StandardOutput));
    }

    /// <summary>One tesseract run writing TSV; <paramref name="tsvLine"/>, when given, sees each line as tesseract writes it.</summary>
    public static ToolRunResult Run(string imagePath, int? dpi, OcrOptions options, string forFile, TimeSpan timeout,
        CancellationToken cancellationToken, Action<string>? tsvLine = null)
    {
        var arguments = new List<string> { imagePath, "stdout", "-l", options.Languages,
            "--psm", options.PageSegmentationMode.ToString(CultureInfo.InvariantCulture) };
        if (dpi is { } d) arguments.AddRange(["--dpi", d.ToString(CultureInfo.InvariantCulture)]);
        arguments.Add("tsv");
        var tool = options.TesseractPath is { } path ? ExternalTool.Tesseract with { Executable = path } : ExternalTool.Tesseract;
        return ToolRunner.Run(tool, arguments, forFile, timeout, cancellationToken,
            environment: Environment, standardOutputLine: tsvLine);
    }

    public static DocumentParseException Failed(ToolRunResult result, OcrOptions options, string forFile) =>
        new(ParseErrorKind.ToolFailed, forFile,
            $"tesseract failed (exit {result.ExitCode}): {FirstLine(result.StandardError)}",
            $"Check that the language data '{options.Languages}' is installed (apt-get install {ExternalTool.Tesseract.DebianPackage}).");

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("Estimating", StringComparison.Ordinal)) ?? "no message";
}
