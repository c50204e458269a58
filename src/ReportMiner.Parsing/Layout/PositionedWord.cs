namespace ReportMiner.Parsing.Layout;

/// <summary>A word with its box in page coordinates (points for PDF text, pixels for OCR; y grows downward).</summary>
public sealed record PositionedWord(string Text, double XMin, double YMin, double XMax, double YMax, double Confidence = 1.0);
