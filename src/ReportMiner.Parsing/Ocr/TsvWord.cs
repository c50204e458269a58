using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>One word of tesseract's TSV output: its text, pixel box, confidence (0–1) and the line it belongs to.</summary>
public sealed record TsvWord(string Text, int Left, int Top, int Width, int Height, double Confidence,
    int Block, int Paragraph, int Line, int Page = 1)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public (int Page, int Block, int Paragraph, int Line) LineKey => (Page, Block, Paragraph, Line);

    public PositionedWord ToPositioned() => new(Text, Left, Top, Right, Bottom, Confidence);
}
