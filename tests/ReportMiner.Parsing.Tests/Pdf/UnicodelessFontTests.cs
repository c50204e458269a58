using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;
using UglyToad.PdfPig;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class UnicodelessFontTests
{
    private static IReadOnlySet<string> Unicodeless(string fontDictionary, string resourcesAt = "page")
    {
        var pdf = new MinimalPdf();
        var toUnicode = pdf.AddStream("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange " +
            "<0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap end end");
        var font = pdf.Add(fontDictionary.Replace("TOUNICODE", $"{toUnicode} 0 R", StringComparison.Ordinal));
        var stream = pdf.AddStream("", "BT /F1 12 Tf 72 700 Td <002400250026> Tj ET");
        var resources = $"/Resources << /Font << /F1 {font} 0 R >> >>";
        var page = pdf.Add($"<< /Type /Page /Parent {stream + 2} 0 R /MediaBox [0 0 600 800] /Contents {stream} 0 R {(resourcesAt == "page" ? resources : "")} >>");
        var pages = pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 {(resourcesAt == "parent" ? resources : "")} >>");
        var root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        using var dir = new TempDirectory();
        var path = dir.File("cid.pdf");
        File.WriteAllBytes(path, pdf.Build(root));
        using var document = PdfDocument.Open(path);
        return UnicodelessFonts.Of(document.GetPage(1), document.Structure.TokenScanner);
    }

    private static string Type0(string ordering, string encoding = "/Identity-H", string extra = "") =>
        $"<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding {encoding} {extra} /DescendantFonts [<< /Type /Font " +
        $"/Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering ({ordering}) /Supplement 0 >> /DW 1000 " +
        "/FontDescriptor << /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 " +
        "/Descent -120 /CapHeight 700 /StemV 80 >> >>] >>";

    [Theory]
    [InlineData("page")]
    [InlineData("parent")] // resources inherited from the page tree
    public void An_identity_font_without_tounicode_is_found_unicodeless(string resourcesAt) =>
        Assert.Equal(["Song"], Unicodeless(Type0("Identity"), resourcesAt));

    [Fact]
    public void An_identity_font_with_a_tounicode_map_is_not_unicodeless() =>
        Assert.Empty(Unicodeless(Type0("Identity", extra: "/ToUnicode TOUNICODE")));

    [Fact]
    public void A_font_with_a_unicode_cmap_is_not_unicodeless() =>
        Assert.Empty(Unicodeless(Type0("Identity", encoding: "/UniGB-UCS2-H")));

    [Fact]
    public void A_font_of_a_known_character_collection_is_left_to_the_readers_mapping() =>
        Assert.Empty(Unicodeless(Type0("GB1")));
}
