namespace ReportMiner.Parsing.Ocr;

/// <summary>A piece of the page recognised on its own; its words are shifted by the offset back to page pixels.</summary>
public sealed record OcrTile(GrayImage Image, int OffsetX, int OffsetY);
