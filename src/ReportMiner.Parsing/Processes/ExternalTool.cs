namespace ReportMiner.Parsing.Processes;

/// <summary>An external program the parsers call, and the Debian package that provides it.</summary>
public sealed record ExternalTool(string Executable, string DebianPackage)
{
    public static ExternalTool PdfToText { get; } = new("pdftotext", "poppler-utils");
    public static ExternalTool PdfInfo { get; } = new("pdfinfo", "poppler-utils");
    public static ExternalTool PdfToPpm { get; } = new("pdftoppm", "poppler-utils");
    public static ExternalTool PdfToCairo { get; } = new("pdftocairo", "poppler-utils");
    public static ExternalTool PdfToHtml { get; } = new("pdftohtml", "poppler-utils");
    public static ExternalTool Tesseract { get; } = new("tesseract", "tesseract-ocr tesseract-ocr-chi-sim");
    public static ExternalTool Soffice { get; } = new("soffice", "libreoffice-writer-nogui libreoffice-calc-nogui");

    /// <summary>Full path of the executable on PATH, or null.</summary>
    public string? Locate()
    {
        if (Path.IsPathRooted(Executable)) return File.Exists(Executable) ? Executable : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, Executable);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
