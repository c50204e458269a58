using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// A page's resources as PdfPig loads them, with each embedded simple Type 1 font wrapped so that a glyph's advance
/// (what places the next letter) is read from the font's /Widths without running the glyph's outline program, which
/// PdfPig does for every glyph only to box it (about a fifth of reading a Type 1 PDF). Every other font, and codes
/// outside /Widths, are PdfPig's own.
/// </summary>
internal sealed class AdvanceOnlyFonts(IResourceStore store) : IResourceStore
{
    private readonly Dictionary<IFont, IFont> _wrapped = new(ReferenceEqualityComparer.Instance);

    /// <summary>The font PdfPig loaded, for what only it can answer (a glyph's outline).</summary>
    public static IFont Unwrap(IFont font) => font is Type1Advances wrapper ? wrapper.Inner : font;

    public IFont? GetFont(NameToken name) => Wrap(store.GetFont(name));

    public IFont GetFontDirectly(IndirectReferenceToken fontReferenceToken) => Wrap(store.GetFontDirectly(fontReferenceToken))!;

    private IFont? Wrap(IFont? font)
    {
        if (font is null) return null;
        if (!_wrapped.TryGetValue(font, out var wrapped))
            _wrapped[font] = wrapped = Type1Advances.TryWrap(font) ?? font;
        return wrapped;
    }

    public void LoadResourceDictionary(DictionaryToken resourceDictionary) => store.LoadResourceDictionary(resourceDictionary);

    public void UnloadResourceDictionary() => store.UnloadResourceDictionary();

    public bool TryGetXObject(NameToken name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StreamToken? stream) =>
        store.TryGetXObject(name, out stream);

    public bool TryGetXObjectReference(NameToken name, out IndirectReference reference) =>
        store.TryGetXObjectReference(name, out reference);

    public DictionaryToken? GetExtendedGraphicsStateDictionary(NameToken name) => store.GetExtendedGraphicsStateDictionary(name);

    public bool TryGetNamedColorSpace(NameToken name, out ResourceColorSpace namedColorSpace) =>
        store.TryGetNamedColorSpace(name, out namedColorSpace);

    public ColorSpaceDetails GetColorSpaceDetails(NameToken? name, DictionaryToken? dictionary) =>
        store.GetColorSpaceDetails(name, dictionary);

    public ColorSpaceDetails GetDeviceColorSpaceDetails(ColorSpace colorSpace) => store.GetDeviceColorSpaceDetails(colorSpace);

    public DictionaryToken? GetMarkedContentPropertiesDictionary(NameToken name) => store.GetMarkedContentPropertiesDictionary(name);

    public IReadOnlyDictionary<NameToken, PatternColor> GetPatterns() => store.GetPatterns();

    public Shading GetShading(NameToken name) => store.GetShading(name);

    /// <summary>
    /// A simple Type 1 font (PdfPig's internal <c>Type1FontSimple</c>) whose advances come from its /Widths as PdfPig
    /// reads them: code − FirstChar indexes the widths, in thousandths of text space. Reached through accessors
    /// checked against PdfPig 0.1.16; if a later PdfPig renames them the font is simply not wrapped.
    /// </summary>
    private sealed class Type1Advances(IFont inner, int firstChar, double[] widths) : IFont
    {
        private const string SimpleType1 = "UglyToad.PdfPig.PdfFonts.Simple.Type1FontSimple, UglyToad.PdfPig";
        private readonly Dictionary<int, CharacterBoundingBox> _boxes = [];

        public IFont Inner => inner;

        public static Type1Advances? TryWrap(IFont font)
        {
            if (font.GetType().FullName != "UglyToad.PdfPig.PdfFonts.Simple.Type1FontSimple") return null;
            try
            {
                return new Type1Advances(font, FirstChar(font), Widths(font) ?? []);
            }
            catch (Exception e) when (e is MissingMemberException or InvalidCastException or TypeLoadException)
            {
                return null;
            }
        }

        public NameToken Name => inner.Name!;
        public bool IsVertical => inner.IsVertical;
        public FontDetails Details => inner.Details;
        public int ReadCharacterCode(IInputBytes bytes, out int codeLength) => inner.ReadCharacterCode(bytes, out codeLength);
        public bool TryGetUnicode(int characterCode, out string value) => inner.TryGetUnicode(characterCode, out value!);
        public TransformationMatrix GetFontMatrix() => inner.GetFontMatrix();
        public double GetDescent() => inner.GetDescent();
        public double GetAscent() => inner.GetAscent();
        public bool TryGetPath(int characterCode, out IReadOnlyList<PdfSubpath> path) => inner.TryGetPath(characterCode, out path!);

        public bool TryGetNormalisedPath(int characterCode, out IReadOnlyList<PdfSubpath> path) =>
            inner.TryGetNormalisedPath(characterCode, out path!);

        /// <summary>The advance as PdfPig computes it, with an empty glyph box; codes without a width are PdfPig's.</summary>
        public CharacterBoundingBox GetBoundingBox(int characterCode)
        {
            var index = characterCode - firstChar;
            if (index < 0 || index >= widths.Length) return inner.GetBoundingBox(characterCode);
            if (!_boxes.TryGetValue(characterCode, out var box))
                _boxes[characterCode] = box = NewBox(default, widths[index] / 1000.0);
            return box;
        }

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "firstChar")]
        private static extern ref int FirstChar([UnsafeAccessorType(SimpleType1)] object font);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "widths")]
        private static extern ref double[]? Widths([UnsafeAccessorType(SimpleType1)] object font);

        [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
        private static extern CharacterBoundingBox NewBox(PdfRectangle bounds, double width);
    }
}
