using System.Globalization;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Whether an embedded Type 1 font program (a /FontFile stream) declares the usual /FontMatrix [0.001 0 0 0.001 0 0],
/// read from its clear-text part alone (the first /Length1 bytes) without decrypting or parsing its glyph programs.
/// Anything unexpected (other filters, a second /FontMatrix, other numbers) answers false.
/// </summary>
internal static class Type1FontMatrix
{
    private static readonly double[] Default = [0.001, 0, 0, 0.001, 0, 0];
    private static readonly byte[] Key = "/FontMatrix"u8.ToArray();

    /// <summary>The clear text is at most this long in any sane font; longer declared lengths are not read.</summary>
    private const int MaxClearText = 1 << 20;

    /// <summary>A PFB segment header before the clear text.</summary>
    private const int SegmentHeader = 6;

    public static bool IsDefault(StreamToken fontFile, IPdfTokenScanner scanner)
    {
        var dictionary = fontFile.StreamDictionary;
        if (!dictionary.TryGet(NameToken.Length1, out var lengthToken)
            || !DirectObjectFinder.TryGet(lengthToken, scanner, out NumericToken? length)
            || length is null || length.Int <= 0 || length.Int > MaxClearText)
            return false;
        var clearText = ClearText(fontFile, length.Int + SegmentHeader);
        return clearText is not null && DeclaresDefault(clearText);
    }

    private static byte[]? ClearText(StreamToken fontFile, int count)
    {
        var dictionary = fontFile.StreamDictionary;
        if (dictionary.ContainsKey(NameToken.DecodeParms)) return null;
        var data = fontFile.Data;
        if (!dictionary.TryGet(NameToken.Filter, out var filter))
            return data.Slice(0, Math.Min(count, data.Length)).ToArray();
        var flate = filter is NameToken { Data: "FlateDecode" }
            || filter is ArrayToken { Length: 1 } array && array.Data[0] is NameToken { Data: "FlateDecode" };
        if (!flate) return null;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
            var buffer = new byte[count];
            var read = 0;
            while (read < count)
            {
                var n = zlib.Read(buffer, read, count - read);
                if (n == 0) break;
                read += n;
            }
            return buffer[..read];
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool DeclaresDefault(ReadOnlySpan<byte> clearText)
    {
        var at = clearText.IndexOf(Key);
        if (at < 0 || clearText[(at + Key.Length)..].IndexOf(Key) >= 0) return false;
        var rest = clearText[(at + Key.Length)..];
        var open = 0;
        while (open < rest.Length && rest[open] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') open++;
        if (open >= rest.Length || rest[open] is not ((byte)'[' or (byte)'{')) return false;
        var close = rest[open..].IndexOfAny((byte)']', (byte)'}');
        if (close < 0) return false;
        var numbers = Encoding.ASCII.GetString(rest.Slice(open + 1, close - 1))
            .Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (numbers.Length != Default.Length) return false;
        for (var i = 0; i < numbers.Length; i++)
            if (numbers[i].Contains('-')
                || !double.TryParse(numbers[i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value != Default[i])
                return false;
        return true;
    }
}
