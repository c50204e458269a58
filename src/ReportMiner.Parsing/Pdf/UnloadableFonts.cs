using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Fonts PdfPig cannot load: a composite (Type 0) font whose CID font has no FontDescriptor (required, but left
/// out by some producers for system fonts such as SimSun that they do not embed). PdfPig fails on it
/// (a NullReferenceException asking for its ascent) and, told to skip fonts it cannot load, drops every letter
/// drawn with it, so the page's text silently goes missing. Poppler substitutes a font and reads such text.
/// </summary>
public static class UnloadableFonts
{
    public static int Count(DictionaryToken page, IPdfTokenScanner scanner) =>
        UnicodelessFonts.Fonts(page, scanner).Count(font => IsUnloadable(font, scanner));

    private static bool IsUnloadable(DictionaryToken font, IPdfTokenScanner scanner) =>
        UnicodelessFonts.Get<NameToken>(font, NameToken.Subtype, scanner)?.Data == "Type0"
        && UnicodelessFonts.Descendant(font, scanner) is { } cidFont
        && !cidFont.ContainsKey(NameToken.FontDescriptor);
}
