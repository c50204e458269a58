namespace ReportMiner.Parsing.Ocr;

/// <summary>An 8-bit greyscale raster, row-major, 0 = black.</summary>
public sealed class GrayImage
{
    public GrayImage(int width, int height, byte[] pixels)
    {
        if (width <= 0 || height <= 0 || pixels.Length != (long)width * height)
            throw new ArgumentException($"A {width}x{height} image needs {(long)width * height} pixels, got {pixels.Length}.");
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public byte this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set => Pixels[(y * Width) + x] = value;
    }

    public static GrayImage Blank(int width, int height) =>
        new(width, height, Enumerable.Repeat((byte)255, width * height).ToArray());

    public GrayImage Copy() => new(Width, Height, (byte[])Pixels.Clone());
}
