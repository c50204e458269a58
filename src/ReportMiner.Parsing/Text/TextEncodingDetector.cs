using System.Text;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// Decides how a plain-text report is encoded: BOMs first, then NUL patterns (BOM-less UTF-16), then strict
/// UTF-8, and otherwise the Chinese legacy code page whose decoding reads most like real text.
/// </summary>
public static class TextEncodingDetector
{
    public const int SampleBytes = 1 << 20;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static Encoding Big5 => Encoding.GetEncoding("big5");

    /// <summary>The encoding of <paramref name="sample"/> and the length of its byte-order mark.</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false), 3);
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false), 2);
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false), 2);
        if (Utf16ByNulPattern(sample) is { } utf16) return (utf16, 0);
        if (IsStrictUtf8(sample)) return (new UTF8Encoding(false), 0);
        return (ChineseLegacy(sample), 0);
    }

    private static Encoding? Utf16ByNulPattern(ReadOnlySpan<byte> sample)
    {
        int evenNul = 0, oddNul = 0, pairs = Math.Min(sample.Length / 2, 4096);
        for (var i = 0; i < pairs * 2; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        if (pairs < 2) return null;
        // ASCII (digits, tabs, newlines) in UTF-16 puts a NUL in every other byte; CJK text adds few, and
        // GB18030/UTF-8 text has none at all, so a few NULs on one side only are enough.
        if (oddNul >= 2 && evenNul * 10 <= oddNul) return new UnicodeEncoding(false, false);
        if (evenNul >= 2 && oddNul * 10 <= evenNul) return new UnicodeEncoding(true, false);
        return null;
    }

    private static bool IsStrictUtf8(ReadOnlySpan<byte> sample)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var end = CompleteUtf8Length(sample);
        try
        {
            strict.GetCharCount(sample[..end]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Drops a multi-byte sequence cut off by the end of the sample.</summary>
    private static int CompleteUtf8Length(ReadOnlySpan<byte> sample)
    {
        var end = sample.Length;
        for (var back = 1; back <= 3 && back <= sample.Length; back++)
        {
            var b = sample[end - back];
            if ((b & 0xC0) == 0x80) continue;
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? end - back : end;
        }
        return end;
    }

    private static Encoding ChineseLegacy(ReadOnlySpan<byte> sample)
    {
        var gb = Score(Gb18030, sample);
        var big5 = Score(Big5, sample);
        return big5 > gb ? Big5 : Gb18030;
    }

    /// <summary>Frequent characters minus undecodable bytes: mis-decoded text is rare characters and replacements.</summary>
    private static int Score(Encoding encoding, ReadOnlySpan<byte> sample)
    {
        var text = encoding.GetString(sample);
        var score = 0;
        foreach (var ch in text)
        {
            if (ch == '\uFFFD') score -= 5;
            else if (CommonHanzi.Contains(ch)) score += 1;
        }
        return score;
    }

    // Characters frequent in budget reports, written the same in simplified and traditional script or in both forms.
    private static readonly HashSet<char> CommonHanzi =
    [
        .. "的一是不在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日月元万亿百千率度情况工作服务务項目项预算资金支出执行完成评价报告单位部门财政市区省政府管理标指绩效满意热线电话合计金额达标得分值",
        .. "專項預算資金評價報告單位部門財務管理標指績效滿意熱線電話計額達標",
    ];
}
