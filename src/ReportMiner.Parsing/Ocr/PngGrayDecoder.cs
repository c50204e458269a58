using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Decodes the common PNGs of scans and screenshots (8-bit grey, grey+alpha, RGB, RGBA; not interlaced) to
/// greyscale so table borders can be found; anything else returns null and is OCR'd without border detection.
/// </summary>
public static class PngGrayDecoder
{
    public static GrayImage? TryDecode(string path, long maxPixels)
    {
        using var file = File.OpenRead(path);
        using var reader = new BinaryReader(file);
        if (!reader.ReadBytes(8).AsSpan().SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return null;
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        while (file.Position + 8 <= file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(reader.ReadBytes(4));
            var type = System.Text.Encoding.ASCII.GetString(reader.ReadBytes(4));
            if (length < 0 || file.Position + length + 4 > file.Length) return null;
            var data = reader.ReadBytes(length);
            reader.ReadBytes(4); // CRC
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4));
                channels = (data[8], data[9], data[12]) switch
                {
                    (8, 0, 0) => 1, (8, 4, 0) => 2, (8, 2, 0) => 3, (8, 6, 0) => 4, _ => 0,
                };
                if (channels == 0 || width <= 0 || height <= 0 || (long)width * height > maxPixels) return null;
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
        }
        return channels == 0 ? null : Unfilter(idat.ToArray(), width, height, channels);
    }

    private static GrayImage? Unfilter(byte[] compressed, int width, int height, int channels)
    {
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        using (var z = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
            if (z.ReadAtLeast(raw, raw.Length, throwOnEndOfStream: false) < raw.Length) return null;
        var previous = new byte[stride];
        var current = new byte[stride];
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0, up = previous[i];
                int upLeft = i >= channels ? previous[i - channels] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    1 => left, 2 => up, 3 => (left + up) / 2, 4 => Paeth(left, up, upLeft), _ => 0,
                });
            }
            for (var x = 0; x < width; x++) pixels[(y * width) + x] = Gray(current, x * channels, channels);
            (previous, current) = (current, previous);
        }
        return new GrayImage(width, height, pixels);
    }

    private static byte Gray(byte[] row, int at, int channels) => channels switch
    {
        1 => row[at],
        2 => (byte)(255 - ((255 - row[at]) * row[at + 1] / 255)), // transparent reads as white paper
        _ => Composite((row[at] * 299 + row[at + 1] * 587 + row[at + 2] * 114) / 1000, channels == 4 ? row[at + 3] : 255),
    };

    private static byte Composite(int gray, int alpha) => (byte)(255 - ((255 - gray) * alpha / 255));

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
