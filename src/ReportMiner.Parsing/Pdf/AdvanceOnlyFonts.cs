using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// A page's resources as PdfPig loads them, minus the cost of Type 1 font programs nothing here reads: an embedded
/// simple Type 1 font with a ToUnicode map and the default font matrix is a <see cref="DeferredType1Font"/> whose
/// program is parsed only if a letter needs it (PdfPig parses every program when it loads the resources), and any
/// other simple Type 1 font is wrapped so that a glyph's advance is read from its /Widths without running the
/// glyph's outline program. Every other font is PdfPig's own.
/// </summary>
internal sealed class AdvanceOnlyFonts(IResourceStore store, IPdfTokenScanner scanner) : IResourceStore
{
    private readonly Dictionary<IFont, IFont> _wrapped = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<DictionaryToken, Level> _levels = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IndirectReference, DeferredType1Font?> _deferred = [];
    private readonly List<Level> _stack = [];
    private int _loadedDirectly;

    /// <summary>
    /// A resource dictionary as given to PdfPig (deferred fonts left out) and the fonts it names by reference: the
    /// deferred font, or null where PdfPig's own font answers.
    /// </summary>
    private sealed record Level(DictionaryToken ForStore, Dictionary<NameToken, DeferredType1Font?> Fonts);

    /// <summary>The font to put on a letter: PdfPig's, or the deferred font's program-less one (same name and details).</summary>
    public static IFont ForLetter(IFont font) => font switch
    {
        Type1Advances wrapper => wrapper.Inner,
        DeferredType1Font deferred => deferred.Text,
        _ => font,
    };

    /// <summary>The font PdfPig loaded with its program, for what only it can answer (a glyph's outline).</summary>
    public static IFont WithOutlines(IFont font) => font switch
    {
        Type1Advances wrapper => wrapper.Inner,
        DeferredType1Font deferred => deferred.Full,
        _ => font,
    };

    /// <summary>Names resolve as in PdfPig: the innermost resource dictionary naming the font by reference wins.</summary>
    public IFont? GetFont(NameToken name)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
            if (_stack[i].Fonts.TryGetValue(name, out var deferred))
                return deferred ?? Wrap(store.GetFont(name));
        return Wrap(store.GetFont(name));
    }

    public IFont GetFontDirectly(IndirectReferenceToken fontReferenceToken) =>
        Deferred(fontReferenceToken) ?? Wrap(store.GetFontDirectly(fontReferenceToken))!;

    private IFont? Wrap(IFont? font)
    {
        if (font is null) return null;
        if (!_wrapped.TryGetValue(font, out var wrapped))
            _wrapped[font] = wrapped = Type1Advances.TryWrap(font) ?? font;
        return wrapped;
    }

    public void LoadResourceDictionary(DictionaryToken resourceDictionary)
    {
        if (!_levels.TryGetValue(resourceDictionary, out var level))
            _levels[resourceDictionary] = level = Resolve(resourceDictionary);
        store.LoadResourceDictionary(level.ForStore);
        _stack.Add(level);
    }

    public void UnloadResourceDictionary()
    {
        store.UnloadResourceDictionary();
        if (_stack.Count > 0) _stack.RemoveAt(_stack.Count - 1);
    }

    /// <summary>The resource dictionary without its deferred fonts; on anything unexpected, as it is.</summary>
    private Level Resolve(DictionaryToken resources)
    {
        var named = new Dictionary<NameToken, DeferredType1Font?>();
        try
        {
            if (!resources.TryGet(NameToken.Font, out var fontsToken)
                || !DirectObjectFinder.TryGet(fontsToken, scanner, out DictionaryToken? fonts) || fonts is null)
                return new Level(resources, named);
            var kept = new Dictionary<NameToken, IToken>();
            foreach (var (key, value) in fonts.Data)
            {
                var name = NameToken.Create(key);
                if (value is IndirectReferenceToken reference)
                {
                    var deferred = Deferred(reference);
                    named[name] = deferred;
                    if (deferred is not null) continue;
                }
                kept[name] = value;
            }
            if (kept.Count == fonts.Data.Count) return new Level(resources, named);
            var forStore = resources.Data.ToDictionary(p => NameToken.Create(p.Key), p => p.Value);
            forStore[NameToken.Font] = new DictionaryToken(kept);
            return new Level(new DictionaryToken(forStore), named);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Level(resources, []);
        }
    }

    private DeferredType1Font? Deferred(IndirectReferenceToken reference)
    {
        if (_deferred.TryGetValue(reference.Data, out var known)) return known;
        DeferredType1Font? deferred;
        try { deferred = DeferredType1Font.TryLoad(reference, scanner, LoadDirectly, () => store.GetFontDirectly(reference)); }
        catch (Exception e) when (e is not OutOfMemoryException) { deferred = null; }
        return _deferred[reference.Data] = deferred;
    }

    /// <summary>
    /// PdfPig's fonts for font dictionaries that exist only here, loaded through its resource store (the only public way
    /// to its font factory) as a resource dictionary of their own, under names no file uses.
    /// </summary>
    private IReadOnlyList<IFont?> LoadDirectly(IReadOnlyList<DictionaryToken> fonts)
    {
        var names = fonts.Select(_ => NameToken.Create($"ReportMiner.Direct.{++_loadedDirectly}")).ToList();
        var dictionary = new Dictionary<NameToken, IToken>();
        for (var i = 0; i < fonts.Count; i++) dictionary[names[i]] = fonts[i];
        store.LoadResourceDictionary(new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Font] = new DictionaryToken(dictionary),
        }));
        try { return names.Select(store.GetFont).ToList(); }
        finally { store.UnloadResourceDictionary(); }
    }

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
