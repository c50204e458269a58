using System.Text;
using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Html;

/// <summary>
/// Decodes HTML bytes: a BOM wins, then a declared charset (meta or XML declaration), then strict UTF-8,
/// then GB18030 (the superset of the GB2312/GBK old mainland sites use) or Big5 (Hong Kong, Taiwan),
/// whichever reads as more ordinary Chinese.
/// </summary>
internal static partial class HtmlDecoder
{
    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        var encoding = FromBom(bytes, out var skip) ?? Declared(bytes) ?? Guess(bytes);
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static Encoding? FromBom(byte[] b, out int skip)
    {
        skip = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { skip = 3; return new UTF8Encoding(false); }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { skip = 2; return Encoding.Unicode; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { skip = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetPattern().Match(head);
        if (!match.Success) return null;
        var name = match.Groups[1].Value.ToLowerInvariant();
        // Pages re-saved in another encoding often keep a stale utf-8 declaration.
        if (name is "utf-8" or "utf8") return IsUtf8(bytes) ? new UTF8Encoding(false) : null;
        if (name is "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" or "windows-936") return Encoding.GetEncoding("GB18030");
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    // Characters written the same in simplified and traditional Chinese and frequent in reports.
    private const string CommonHanzi = "的一是在不了有和人中大上年月日目成出分作到以其工本度部合民事公市业务";

    private static Encoding Guess(byte[] bytes)
    {
        if (IsUtf8(bytes)) return new UTF8Encoding(false);
        var gb = Encoding.GetEncoding("GB18030");
        var big5 = Encoding.GetEncoding("big5");
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        return Score(big5.GetString(sample)) > Score(gb.GetString(sample)) ? big5 : gb;
    }

    private static int Score(string text) => text.Count(c => CommonHanzi.Contains(c));

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
