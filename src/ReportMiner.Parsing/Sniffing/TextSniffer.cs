using System.Text;

namespace ReportMiner.Parsing.Sniffing;

/// <summary>Cheap checks on a file's head: is it text, and a best-effort decoding for tag sniffing.</summary>
public static class TextSniffer
{
    public static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return LooksLikeBomlessUtf16(head);
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1A)) control++;
        }
        return control <= head.Length / 100 && DecodesPlausibly(head);
    }

    /// <summary>Above this share of undecodable or private-use characters, bytes without control codes are not text.</summary>
    private const double MaxImplausibleShare = 0.02;

    /// <summary>
    /// Binary data without control bytes (compressed or encrypted streams, random bytes under a document's name)
    /// decodes as GB18030 or Big5 too, since nearly any pair of high bytes is some character; but it leaves
    /// undecodable sequences and user-defined (private-use) characters that real text does not have.
    /// </summary>
    private static bool DecodesPlausibly(ReadOnlySpan<byte> head)
    {
        var (detected, bom) = ReportMiner.Parsing.Text.TextEncodingDetector.Detect(head);
        var encoding = Encoding.GetEncoding(detected.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        var text = encoding.GetString(head[bom..]);
        // The head may end inside a multi-byte character.
        var body = text.Length > 4 ? text.AsSpan(0, text.Length - 2) : text.AsSpan();
        var implausible = 0;
        foreach (var c in body)
            if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF') implausible++;
        return implausible <= MaxImplausibleShare * body.Length;
    }

    /// <summary>
    /// UTF-16 without a BOM has NULs beside its ASCII; random binary decoded as UTF-16 lands mostly outside the
    /// ranges Chinese documents use, so "almost every code unit is plausible" tells the two apart.
    /// </summary>
    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> head)
    {
        var even = head[..(head.Length & ~1)];
        return even.Length >= 4 && (Plausible(Encoding.Unicode.GetString(even)) || Plausible(Encoding.BigEndianUnicode.GetString(even)));
    }

    private static bool Plausible(string text)
    {
        var good = text.Count(c => c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or (>= '\u3000' and <= '\u303f')
            or (>= '\u4e00' and <= '\u9fff') or (>= '\uff00' and <= '\uffef') or (>= '\u2000' and <= '\u206f'));
        return good >= text.Length * 0.95;
    }

    /// <summary>Decodes enough of the head to look for ASCII markup, whatever the encoding.</summary>
    public static string DecodeHead(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.Latin1.GetString(head[3..]);
        return Encoding.Latin1.GetString(head);
    }
}
