using System.Buffers.Binary;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Width and height from an image file's header (PNG, JPEG, the first page of a TIFF), read before anything
/// decodes it: a 30000 × 30000 image costs gigabytes of memory once decoded, but its header is a few bytes.
/// </summary>
public static class ImageSize
{
    public static (long Width, long Height)? Read(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(stream.Length, 64 * 1024)];
        stream.ReadExactly(head);
        return Png(head) ?? Jpeg(head) ?? Tiff(stream, head);
    }

    private static (long, long)? Png(byte[] b) =>
        b.Length >= 24 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
            ? (BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)))
            : null;

    private static (long, long)? Jpeg(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var i = 2;
        while (i + 9 < b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            // Start-of-frame markers C0–CF, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
            if (length < 2) return null;
            i += 2 + length;
        }
        return null;
    }

    private static (long, long)? Tiff(Stream stream, byte[] b)
    {
        if (b.Length < 8) return null;
        var little = b[0] == 'I' && b[1] == 'I';
        if (!little && !(b[0] == 'M' && b[1] == 'M')) return null;
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var offset = U32(b.AsSpan(4));
        if (offset + 2 > stream.Length) return null;
        var ifd = new byte[2 + 12 * 64];
        stream.Position = offset;
        var read = stream.ReadAtLeast(ifd, 2, throwOnEndOfStream: false);
        long width = 0, height = 0;
        var entries = Math.Min(U16(ifd), (read - 2) / 12);
        for (var e = 0; e < entries; e++)
        {
            var entry = ifd.AsSpan(2 + 12 * e, 12);
            var value = U16(entry[2..]) == 3 ? U16(entry[8..]) : U32(entry[8..]);
            switch (U16(entry))
            {
                case 256: width = value; break;
                case 257: height = value; break;
            }
        }
        return width > 0 && height > 0 ? (width, height) : null;
    }
}
