using System.Text;

namespace ReportMiner.Parsing.Ocr;

/// <summary>Reads and writes binary PGM (P5, 8-bit), the format pdftoppm -gray writes and tesseract reads.</summary>
public static class PgmCodec
{
    public static GrayImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        if (NextToken(bytes, ref position) != "P5")
            throw new InvalidDataException($"{path} is not a binary PGM (P5) image.");
        var width = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        if (max is <= 0 or > 255) throw new InvalidDataException($"{path}: only 8-bit PGM is supported (maxval {max}).");
        position++; // the single whitespace byte after maxval
        var size = (long)width * height;
        if (width <= 0 || height <= 0 || bytes.Length - position < size)
            throw new InvalidDataException($"{path}: PGM data is truncated.");
        var pixels = new byte[size];
        Array.Copy(bytes, position, pixels, 0, size);
        if (max != 255)
            for (var i = 0; i < pixels.Length; i++) pixels[i] = (byte)(pixels[i] * 255 / max);
        return new GrayImage(width, height, pixels);
    }

    public static void Write(GrayImage image, string path)
    {
        using var stream = File.Create(path);
        stream.Write(Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n"));
        stream.Write(image.Pixels);
    }

    private static string NextToken(byte[] bytes, ref int position)
    {
        while (position < bytes.Length)
        {
            if (bytes[position] == '#')
                while (position < bytes.Length && bytes[position] != '\n') position++;
            else if (char.IsWhiteSpace((char)bytes[position])) position++;
            else break;
        }
        var start = position;
        while (position < bytes.Length && !char.IsWhiteSpace((char)bytes[position])) position++;
        if (start == position) throw new InvalidDataException("PGM header is truncated.");
        return Encoding.ASCII.GetString(bytes, start, position - start);
    }
}
