namespace ReportMiner.Parsing.Ocr;

/// <summary>A dense run of dark pixels along one pixel row (horizontal) or column (vertical).</summary>
public sealed record PixelRun(bool Horizontal, int Lane, int Start, int End)
{
    public int Length => End - Start + 1;
}
