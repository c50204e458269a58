namespace ReportMiner.Parsing.Ocr;

/// <summary>What tesseract recognised: the words, and each page's size in pixels by page number.</summary>
public sealed record TesseractOutput(IReadOnlyList<TsvWord> Words, IReadOnlyDictionary<int, (int Width, int Height)> Pages);
