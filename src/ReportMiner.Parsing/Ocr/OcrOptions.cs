namespace ReportMiner.Parsing.Ocr;

/// <summary>How pages are rasterised and recognised. Defaults were measured on the scanned fixtures.</summary>
public sealed record OcrOptions
{
    public static OcrOptions Default { get; } = new();

    /// <summary>Rendering resolution for PDF pages without an embedded scan image, in dots per inch.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Render at the embedded scan's own resolution (clamped to <see cref="MinDpi"/>–<see cref="MaxDpi"/>).</summary>
    public bool UseScanResolution { get; init; } = true;

    public int MinDpi { get; init; } = 150;

    public int MaxDpi { get; init; } = 400;

    /// <summary>Tesseract language models, '+'-separated.</summary>
    public string Languages { get; init; } = "chi_sim+eng";

    /// <summary>
    /// The models for the other Chinese script, tried when the first reading is doubtful and kept for the document
    /// when they read it with clearly higher confidence (see <see cref="ScriptChoice"/>); null never tries them.
    /// </summary>
    public string? OtherScriptLanguages { get; init; } = "chi_tra+eng";

    /// <summary>Tesseract page segmentation mode (6 = one uniform block: keeps table rows on one line).</summary>
    public int PageSegmentationMode { get; init; } = 6;

    /// <summary>Whether table borders are found in the image and erased before recognition.</summary>
    public bool DetectRules { get; init; } = true;

    /// <summary>Whether each table cell is recognised on its own (needs <see cref="DetectRules"/>).</summary>
    public bool OcrCellsSeparately { get; init; } = true;

    /// <summary>
    /// Most pages of one document read by one tesseract run: its models load once for them, and their images stay in
    /// memory together (tens of megabytes a page at 400 dpi).
    /// </summary>
    public int PagesPerRun { get; init; } = 8;

    /// <summary>The tesseract program to run: a path, or null for <c>tesseract</c> on PATH.</summary>
    public string? TesseractPath { get; init; }

    /// <summary>Where each page's private scratch directory is created (the system temp directory when null).</summary>
    public string? ScratchRoot { get; init; }
}
