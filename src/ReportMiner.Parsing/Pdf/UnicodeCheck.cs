using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Pdf;

/// <summary>Whether a second reader's words carry real text where PdfPig's letters had no Unicode.</summary>
public static class UnicodeCheck
{
    /// <summary>Above this share of unmapped characters a text layer is not usable.</summary>
    public const double MaxUnmappedShare = 0.1;

    /// <summary>
    /// Poppler maps a font when its text is mostly mapped characters and is not PdfPig's text over again: both
    /// readers fall back to reporting the raw codes as characters, so the same characters mean the same failure.
    /// </summary>
    public static bool Maps(IEnumerable<PageWords> poppler, IEnumerable<PageWords> pdfPig)
    {
        var theirs = Characters(poppler);
        if (theirs.Count == 0) return false;
        if (theirs.Count(c => IsUnmapped(c)) > MaxUnmappedShare * theirs.Count) return false;
        var ours = Characters(pdfPig).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var shared = 0;
        foreach (var c in theirs)
            if (ours.TryGetValue(c, out var n) && n > 0) { ours[c] = n - 1; shared++; }
        return shared < 0.5 * theirs.Count;
    }

    /// <summary>No usable Unicode: a replacement character, a control or a private-use code.</summary>
    public static bool IsUnmapped(char c) =>
        c == '\uFFFD' || (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\uE000' and <= '\uF8FF';

    private static List<char> Characters(IEnumerable<PageWords> pages) =>
        pages.SelectMany(p => p.Words).SelectMany(w => w.Text).Where(c => !char.IsWhiteSpace(c)).ToList();
}
