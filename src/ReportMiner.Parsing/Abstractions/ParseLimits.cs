namespace ReportMiner.Parsing.Abstractions;

/// <summary>Bounds that keep one hostile or huge file from stalling a bulk import.</summary>
public sealed record ParseLimits
{
    public static ParseLimits Default { get; } = new();

    /// <summary>Largest input file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Largest total decompressed size of a ZIP container (DOCX/XLSX), in bytes.</summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest compression ratio of a single ZIP entry before it is treated as a bomb.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Timeout for one run of an external program (pdftoppm, soffice …), and the deadline for reading
    /// one PDF in process.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Folder for temporary files of external programs; the system's temporary folder when null.</summary>
    public string? TemporaryDirectory { get; init; }

    /// <summary>Timeout for OCR of one page.</summary>
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Largest image read by OCR, in pixels (a 600 dpi A2 scan is about 140 million).</summary>
    public long MaxImagePixels { get; init; } = 150_000_000;

    /// <summary>Most pages read from one PDF; later pages are left out with a warning.</summary>
    public int MaxPdfPages { get; init; } = 5000;

    /// <summary>Most pages OCR'd in one document.</summary>
    public int MaxOcrPages { get; init; } = 200;
}
