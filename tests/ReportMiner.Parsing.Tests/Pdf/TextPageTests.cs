using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class TextPageTests
{
    public static TheoryData<string> Seeds => new(["000", "001", "002", "003", "004"]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Text_pages_have_the_letters_paths_and_operations_of_PdfPig_pages(string seed)
    {
        using var document = PdfDocument.Open(RepoPaths.Fixture(seed, ".pdf"), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        document.AddPageFactory<TextPage, TextPageFactory>();
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            var theirs = document.GetPage(n);
            var ours = document.GetPage<TextPage>(n);
            Assert.Equal(theirs.Operations.Count, ours.Operations.Count);
            Assert.Equal(theirs.Letters.Count, ours.Letters.Count);
            for (var i = 0; i < theirs.Letters.Count; i++)
            {
                Letter a = theirs.Letters[i], b = ours.Letters[i];
                Assert.Equal((a.Value, a.StartBaseLine, a.EndBaseLine, a.Width, a.PointSize, a.FontName, a.RenderingMode, a.TextSequence),
                    (b.Value, b.StartBaseLine, b.EndBaseLine, b.Width, b.PointSize, b.FontName, b.RenderingMode, b.TextSequence));
            }
            Assert.Equal(theirs.Paths.Count, ours.Paths.Count);
            for (var i = 0; i < theirs.Paths.Count; i++)
            {
                var (a, b) = (theirs.Paths[i], ours.Paths[i]);
                Assert.Equal((a.IsStroked, a.IsFilled, a.IsClipping, a.Count), (b.IsStroked, b.IsFilled, b.IsClipping, b.Count));
                Assert.Equal(a.SelectMany(s => s.Commands).Select(c => c.ToString()), b.SelectMany(s => s.Commands).Select(c => c.ToString()));
            }
        }
    }

    [Fact]
    public void Embedded_type1_fonts_give_PdfPig_advances_without_measuring_glyph_outlines()
    {
        using var document = PdfDocument.Open(RepoPaths.Fixture("000", ".pdf"));
        var fonts = document.GetPage(1).Letters.Select(l => l.GetFont()!).Distinct().ToList();
        var type1 = fonts.Where(f => f.GetType().Name == "Type1FontSimple").ToList();
        Assert.NotEmpty(type1);
        foreach (var font in type1)
        {
            var wrapped = new AdvanceOnlyFonts(new OneFont(font), document.Structure.TokenScanner).GetFont(font.Name!)!;
            Assert.NotSame(font, wrapped);
            Assert.Same(font, AdvanceOnlyFonts.WithOutlines(wrapped));
            Assert.Same(font, AdvanceOnlyFonts.ForLetter(wrapped));
            for (var code = 0; code < 256; code++)
                Assert.Equal(font.GetBoundingBox(code).Width, wrapped.GetBoundingBox(code).Width);
        }
    }

    [Fact]
    public void Fonts_other_than_embedded_type1_are_handed_out_as_PdfPig_loaded_them()
    {
        using var document = PdfDocument.Open(RepoPaths.Fixture("000", ".pdf"));
        var others = document.GetPage(1).Letters.Select(l => l.GetFont()!).Distinct()
            .Where(f => f.GetType().Name != "Type1FontSimple").ToList();
        Assert.NotEmpty(others);
        foreach (var font in others)
            Assert.Same(font, new AdvanceOnlyFonts(new OneFont(font), document.Structure.TokenScanner).GetFont(font.Name!));
    }

    [Fact]
    public void Type1_programs_of_fonts_with_a_ToUnicode_map_are_not_parsed_for_text_pages()
    {
        using var document = PdfDocument.Open(RepoPaths.Fixture("000", ".pdf"), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        document.AddPageFactory<TextPage, TextPageFactory>();
        var theirs = document.GetPage(1).Letters.Where(l => l.GetFont()!.GetType().Name == "Type1FontSimple").ToList();
        var ours = document.GetPage<TextPage>(1).Letters.Where(l => l.GetFont()!.GetType().Name == "Type1FontSimple").ToList();
        Assert.NotEmpty(ours);
        Assert.Equal(theirs.Select(l => l.Value), ours.Select(l => l.Value));
        Assert.Contains(theirs, l => Enumerable.Range(0, 256).Any(c => l.GetFont()!.TryGetPath(c, out _)));
        Assert.DoesNotContain(ours, l => Enumerable.Range(0, 256).Any(c => l.GetFont()!.TryGetPath(c, out _)));
    }

    /// <summary>A resource store holding one font under its own name.</summary>
    private sealed class OneFont(IFont font) : IResourceStore
    {
        public IFont? GetFont(NameToken name) => Equals(name, font.Name) ? font : null;
        public IFont GetFontDirectly(IndirectReferenceToken fontReferenceToken) => font;
        public void LoadResourceDictionary(DictionaryToken resourceDictionary) { }
        public void UnloadResourceDictionary() { }
        public bool TryGetXObject(NameToken name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StreamToken? stream) { stream = null; return false; }
        public bool TryGetXObjectReference(NameToken name, out IndirectReference reference) { reference = default; return false; }
        public DictionaryToken? GetExtendedGraphicsStateDictionary(NameToken name) => null;
        public bool TryGetNamedColorSpace(NameToken name, out ResourceColorSpace namedColorSpace) { namedColorSpace = default; return false; }
        public ColorSpaceDetails GetColorSpaceDetails(NameToken? name, DictionaryToken? dictionary) => throw new NotSupportedException();
        public ColorSpaceDetails GetDeviceColorSpaceDetails(ColorSpace colorSpace) => throw new NotSupportedException();
        public DictionaryToken? GetMarkedContentPropertiesDictionary(NameToken name) => null;
        public IReadOnlyDictionary<NameToken, PatternColor> GetPatterns() => new Dictionary<NameToken, PatternColor>();
        public Shading GetShading(NameToken name) => throw new NotSupportedException();
    }
}
