using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// The fonts of a page whose character codes carry no Unicode: composite (Type 0) fonts without a ToUnicode map
/// whose CMap is not a Unicode one (Identity-H/V, where codes are glyph ids) and whose character collection is
/// Identity (not GB1, CNS1, Japan1 or Korea1, which readers map through the collection). Readers then report the codes
/// themselves as characters — text that looks like letters but is not the page's text — so the letters drawn
/// with these fonts count as unmapped however plausible they look.
/// </summary>
public static class UnicodelessFonts
{
    /// <summary>Resources are inherited down the page tree; a hostile file may loop it, so the walk is bounded.</summary>
    private const int MaxParents = 64;

    public static IReadOnlySet<string> Of(Page page, IPdfTokenScanner scanner) => Of(page.Dictionary, scanner);

    /// <param name="page">The page's dictionary.</param>
    public static IReadOnlySet<string> Of(DictionaryToken page, IPdfTokenScanner scanner)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var font in Fonts(page, scanner))
            if (IsUnicodeless(font, scanner) && Get<NameToken>(font, NameToken.BaseFont, scanner) is { } name)
                names.Add(name.Data);
        return names;
    }

    /// <summary>The font dictionaries of a page's resources (inherited ones included).</summary>
    internal static List<DictionaryToken> Fonts(DictionaryToken page, IPdfTokenScanner scanner)
    {
        var result = new List<DictionaryToken>();
        try
        {
            var fonts = Get<DictionaryToken>(Resources(page, scanner), NameToken.Font, scanner);
            if (fonts is null) return result;
            foreach (var value in fonts.Data.Values)
                if (DirectObjectFinder.TryGet(value, scanner, out DictionaryToken? font) && font is not null) result.Add(font);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken resource dictionary only loses the font checks: PdfPig's own reading decides as before.
        }
        return result;
    }

    /// <summary>The descendant CID font of a composite (Type 0) font, or null.</summary>
    internal static DictionaryToken? Descendant(DictionaryToken font, IPdfTokenScanner scanner)
    {
        var descendants = Get<ArrayToken>(font, NameToken.DescendantFonts, scanner);
        return descendants is null || descendants.Data.Count == 0
            || !DirectObjectFinder.TryGet(descendants.Data[0], scanner, out DictionaryToken? cidFont) ? null : cidFont;
    }

    private static bool IsUnicodeless(DictionaryToken font, IPdfTokenScanner scanner) =>
        Get<NameToken>(font, NameToken.Subtype, scanner)?.Data == "Type0"
        && !font.ContainsKey(NameToken.ToUnicode)
        && Get<NameToken>(font, NameToken.Encoding, scanner)?.Data.StartsWith("Uni", StringComparison.Ordinal) != true
        && Ordering(font, scanner) is null or "Identity";

    /// <summary>The character collection of the descendant font (GB1, CNS1, Japan1, Korea1 map to Unicode; Identity does not).</summary>
    private static string? Ordering(DictionaryToken font, IPdfTokenScanner scanner)
    {
        if (Descendant(font, scanner) is not { } cidFont) return null;
        var info = Get<DictionaryToken>(cidFont, NameToken.CidSystemInfo, scanner);
        return Get<StringToken>(info, NameToken.Ordering, scanner)?.Data;
    }

    private static DictionaryToken? Resources(DictionaryToken node, IPdfTokenScanner scanner)
    {
        for (var depth = 0; depth < MaxParents && node is not null; depth++)
        {
            if (Get<DictionaryToken>(node, NameToken.Resources, scanner) is { } resources) return resources;
            node = Get<DictionaryToken>(node, NameToken.Parent, scanner)!;
        }
        return null;
    }

    internal static T? Get<T>(DictionaryToken? dictionary, NameToken key, IPdfTokenScanner scanner) where T : class, IToken =>
        dictionary is not null && dictionary.TryGet(key, out var token) && DirectObjectFinder.TryGet(token, scanner, out T? value)
            ? value : null;
}
