using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>The ruling lines found on a page and the pixel runs they were built from (to erase them before OCR).</summary>
public sealed record RuleScan(IReadOnlyList<RuleLine> Lines, IReadOnlyList<PixelRun> Runs);
