using System.IO.Compression;
using System.Text;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class DeferredType1FontTests
{
    [Fact]
    public void Codes_the_ToUnicode_map_covers_are_read_without_loading_the_full_font()
    {
        var loads = 0;
        var font = new DeferredType1Font(new MapOnly(65, "A"), () => { loads++; return new MapOnly(-1, "full"); }, 32, 96, (false, null));
        Assert.True(font.TryGetUnicode(65, out var text));
        Assert.Equal("A", text);
        Assert.Equal(0, loads);
    }

    [Fact]
    public void A_code_the_ToUnicode_map_does_not_cover_is_answered_by_the_full_font_loaded_once()
    {
        var loads = 0;
        var font = new DeferredType1Font(new MapOnly(65, "A"), () => { loads++; return new MapOnly(66, "B"); }, 32, 96, (false, null));
        Assert.True(font.TryGetUnicode(66, out var text));
        Assert.Equal("B", text);
        Assert.False(font.TryGetUnicode(67, out _));
        Assert.Equal(1, loads);
    }

    [Fact]
    public void An_answer_equal_to_what_the_encoding_alone_gives_is_checked_with_the_full_font()
    {
        var loads = 0;
        var font = new DeferredType1Font(new MapOnly(65, "?"), () => { loads++; return new MapOnly(65, "A"); }, 32, 96, (true, "?"));
        Assert.True(font.TryGetUnicode(65, out var text));
        Assert.Equal("A", text);
        Assert.Equal(1, loads);
    }

    [Fact]
    public void Glyph_outlines_and_codes_outside_the_widths_come_from_the_full_font()
    {
        var loads = 0;
        var font = new DeferredType1Font(new MapOnly(65, "A"), () => { loads++; return new MapOnly(65, "A"); }, 32, 96, (false, null));
        Assert.False(font.TryGetPath(65, out _));
        Assert.Null(font.GetBoundingBox(200));
        Assert.Equal(1, loads);
    }

    [Theory]
    [InlineData("/FontMatrix [0.001 0 0 0.001 0 0] readonly def", true)]
    [InlineData("/FontMatrix {0.001 0.0 0.0 0.001 0 0} readonly def", true)]
    [InlineData("/FontMatrix [0.000488 0 0 0.000488 0 0] readonly def", false)]
    [InlineData("/FontMatrix [0.001 0 0.2 0.001 0 0] readonly def", false)]
    [InlineData("/FontMatrix [0.001 0 0 -0.001 0 0] readonly def", false)]
    [InlineData("/FontMatrix [0.001 0 0 0.001 0 0] readonly def /FontMatrix [0.002 0 0 0.002 0 0] def", false)]
    [InlineData("/FontBBox {0 0 1000 1000} readonly def", false)]
    public void Only_a_single_default_font_matrix_in_the_clear_text_counts_as_default(string entry, bool isDefault)
    {
        using var document = PdfDocument.Open(RepoPaths.Fixture("000", ".pdf"));
        var clearText = Encoding.ASCII.GetBytes($"%!FontType1-1.0: Test\n12 dict begin\n{entry}\ncurrentfile eexec\n");
        var scanner = document.Structure.TokenScanner;
        Assert.Equal(isDefault, Type1FontMatrix.IsDefault(Program(clearText, compressed: false), scanner));
        Assert.Equal(isDefault, Type1FontMatrix.IsDefault(Program(clearText, compressed: true), scanner));
    }

    private static StreamToken Program(byte[] clearText, bool compressed)
    {
        var encrypted = new byte[64];
        var data = clearText.Concat(encrypted).ToArray();
        var entries = new Dictionary<NameToken, IToken> { [NameToken.Length1] = new NumericToken(clearText.Length) };
        if (!compressed) return new StreamToken(new DictionaryToken(entries), data);
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        entries[NameToken.Filter] = NameToken.FlateDecode;
        return new StreamToken(new DictionaryToken(entries), packed.ToArray());
    }

    /// <summary>A font that maps one code to text and nothing else, and has no outlines or boxes.</summary>
    private sealed class MapOnly(int code, string text) : IFont
    {
        public NameToken Name => NameToken.Create("MapOnly");
        public bool IsVertical => false;
        public FontDetails Details => null!;
        public int ReadCharacterCode(IInputBytes bytes, out int codeLength) { codeLength = 1; return bytes.CurrentByte; }

        public bool TryGetUnicode(int characterCode, out string value)
        {
            value = characterCode == code ? text : null!;
            return characterCode == code;
        }

        public CharacterBoundingBox GetBoundingBox(int characterCode) => null!;
        public TransformationMatrix GetFontMatrix() => TransformationMatrix.FromValues(0.001, 0, 0, 0.001, 0, 0);
        public double GetDescent() => -0.25;
        public double GetAscent() => 0.75;
        public bool TryGetPath(int characterCode, out IReadOnlyList<PdfSubpath> path) { path = null!; return false; }
        public bool TryGetNormalisedPath(int characterCode, out IReadOnlyList<PdfSubpath> path) { path = null!; return false; }
    }
}
