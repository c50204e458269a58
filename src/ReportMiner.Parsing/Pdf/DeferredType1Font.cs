using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// An embedded simple Type 1 font whose program is parsed only if a letter needs it. PdfPig parses the whole program
/// (decrypting and reading every glyph's outline) when it loads the font, though a letter's text comes from the
/// ToUnicode map and its advance from /Widths. <see cref="Text"/> is PdfPig's font loaded from the same dictionary
/// without the program (and with an encoding that names no glyph), so it answers exactly what the full font answers
/// for codes the ToUnicode map covers and inside /Widths, when the program's font matrix is the default one. Every
/// other question — an unmapped code, a code outside /Widths, a glyph's outline — goes to the full font, loaded then.
/// </summary>
/// <param name="text">The font without its program.</param>
/// <param name="load">Loads the full font (PdfPig's, program included).</param>
/// <param name="unmapped">What <paramref name="text"/> answers for a code its ToUnicode map does not cover.</param>
internal sealed class DeferredType1Font(IFont text, Func<IFont> load, int firstChar, int widthCount,
    (bool Found, string? Value) unmapped) : IFont
{
    /// <summary>A glyph name no glyph list knows: every code of <see cref="Text"/>'s encoding, so that a code its
    /// ToUnicode map does not cover cannot be answered from an encoding the program would have replaced.</summary>
    private static readonly NameToken NoGlyph = NameToken.Create("ReportMinerNoGlyph");

    private IFont? _full;

    /// <summary>
    /// The deferred font for a font dictionary that qualifies (simple Type 1, /FirstChar and /Widths, a ToUnicode map,
    /// no /Encoding or a named one, an uncompressed or Flate /FontFile program declaring the default font matrix), else null.
    /// </summary>
    /// <param name="loadDirectly">PdfPig's fonts for font dictionaries given directly.</param>
    /// <param name="load">PdfPig's font for the reference, program included.</param>
    public static DeferredType1Font? TryLoad(IndirectReferenceToken reference, IPdfTokenScanner scanner,
        Func<IReadOnlyList<DictionaryToken>, IReadOnlyList<IFont?>> loadDirectly, Func<IFont> load)
    {
        if (!DirectObjectFinder.TryGet(reference, scanner, out DictionaryToken? font) || font is null
            || Get<NameToken>(font, NameToken.Subtype, scanner)?.Data != "Type1"
            || !font.TryGet(NameToken.FirstChar, out var first) || first is not NumericToken firstChar
            || Get<ArrayToken>(font, NameToken.Widths, scanner) is not { } widths
            || !font.ContainsKey(NameToken.ToUnicode)
            || font.TryGet(NameToken.Encoding, out var encoding) && encoding is not NameToken
            || Get<DictionaryToken>(font, NameToken.FontDescriptor, scanner) is not { } descriptor
            || descriptor.ContainsKey(NameToken.FontFile2) || descriptor.ContainsKey(NameToken.FontFile3)
            || Get<StreamToken>(descriptor, NameToken.FontFile, scanner) is not { } program
            || !Type1FontMatrix.IsDefault(program, scanner))
            return null;
        var withoutProgram = Without(descriptor, NameToken.FontFile);
        var text = With(font, NameToken.FontDescriptor, withoutProgram);
        text = With(text, NameToken.Encoding, NoGlyphEncoding());
        var loaded = loadDirectly([text, Without(text, NameToken.ToUnicode)]);
        if (loaded is not [{ } textFont, { } probe]) return null;
        // The font without a ToUnicode map shows what the encoding alone answers; it must be one answer for every code.
        var found = probe.TryGetUnicode(0, out var value);
        for (var code = 1; code < 256; code++)
            if (probe.TryGetUnicode(code, out var other) != found || other != value) return null;
        return new DeferredType1Font(textFont, load, firstChar.Int, widths.Length, (found, value));
    }

    private static DictionaryToken NoGlyphEncoding()
    {
        var differences = new List<IToken>(257) { new NumericToken(0) };
        for (var code = 0; code < 256; code++) differences.Add(NoGlyph);
        return new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Type] = NameToken.Encoding,
            [NameToken.Differences] = new ArrayToken(differences),
        });
    }

    private static DictionaryToken With(DictionaryToken dictionary, NameToken key, IToken value)
    {
        var entries = dictionary.Data.ToDictionary(p => NameToken.Create(p.Key), p => p.Value);
        entries[key] = value;
        return new DictionaryToken(entries);
    }

    private static DictionaryToken Without(DictionaryToken dictionary, NameToken key) =>
        new(dictionary.Data.Where(p => p.Key != key.Data).ToDictionary(p => NameToken.Create(p.Key), p => p.Value));

    private static T? Get<T>(DictionaryToken dictionary, NameToken key, IPdfTokenScanner scanner) where T : class, IToken =>
        UnicodelessFonts.Get<T>(dictionary, key, scanner);

    /// <summary>The font without its program: the letters' font (same name and details as the full one).</summary>
    public IFont Text => text;

    /// <summary>PdfPig's font with its program, parsed on first use.</summary>
    public IFont Full => _full ??= load();

    public NameToken Name => text.Name!;
    public bool IsVertical => text.IsVertical;
    public FontDetails Details => text.Details;
    public int ReadCharacterCode(IInputBytes bytes, out int codeLength) => text.ReadCharacterCode(bytes, out codeLength);
    public TransformationMatrix GetFontMatrix() => text.GetFontMatrix();
    public double GetDescent() => text.GetDescent();
    public double GetAscent() => text.GetAscent();

    public bool TryGetUnicode(int characterCode, out string value)
    {
        if (text.TryGetUnicode(characterCode, out var mapped) && mapped is not null && (true, mapped) != unmapped)
        {
            value = mapped;
            return true;
        }
        return Full.TryGetUnicode(characterCode, out value!);
    }

    public CharacterBoundingBox GetBoundingBox(int characterCode)
    {
        var index = characterCode - firstChar;
        return index >= 0 && index < widthCount ? text.GetBoundingBox(characterCode) : Full.GetBoundingBox(characterCode);
    }

    public bool TryGetPath(int characterCode, out IReadOnlyList<PdfSubpath> path) => Full.TryGetPath(characterCode, out path!);

    public bool TryGetNormalisedPath(int characterCode, out IReadOnlyList<PdfSubpath> path) =>
        Full.TryGetNormalisedPath(characterCode, out path!);
}
