using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class LetterTextTests
{
    // A subset font whose ToUnicode map names radicals for glyphs the page uses as ideographs, as Chromium/Skia
    // writes Noto CJK: codes 1-4 are 部 ⻔ ⽀ 出 ("部门支出" on the page), code 5 the ligature ﬀ.
    private static Document Parse(string shown)
    {
        var pdf = new MinimalPdf();
        var toUnicode = pdf.AddStream("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange " +
            "<0000> <FFFF> endcodespacerange 5 beginbfchar <0001> <90E8> <0002> <2ED4> <0003> <2F40> <0004> <51FA> <0005> <FB00> " +
            "endbfchar endcmap end end");
        var font = pdf.Add("<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H " +
            $"/ToUnicode {toUnicode} 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /FontDescriptor << /Type " +
            "/FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 " +
            "/CapHeight 700 /StemV 80 >> >>] >>");
        var stream = pdf.AddStream("", $"BT /F1 12 Tf 72 700 Td <{shown}> Tj ET");
        var page = pdf.Add($"<< /Type /Page /Parent {stream + 2} 0 R /MediaBox [0 0 600 800] /Contents {stream} 0 R " +
            $"/Resources << /Font << /F1 {font} 0 R >> >> >>");
        var pages = pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        using var dir = new TempDirectory();
        var path = dir.File("radicals.pdf");
        File.WriteAllBytes(path, pdf.Build(root));
        return new PdfParser().Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default));
    }

    private static string Text(Document document) =>
        string.Concat(document.Blocks.OfType<Paragraph>().Select(p => p.Text));

    [Fact]
    public void Radicals_a_font_subset_maps_its_ideographs_to_are_read_as_the_ideographs()
    {
        var text = Text(Parse("0001000200030004"));
        Assert.Contains("部门支出", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2ED4', text);
    }

    [Fact]
    public void A_ligature_letter_is_read_as_the_letters_it_joins() =>
        Assert.Equal("ff", LetterText.Of("\uFB00"));

    [Fact]
    public void Text_without_radicals_or_ligatures_is_returned_unchanged()
    {
        const string value = "单位：万元（ⅰ）";
        Assert.Same(value, LetterText.Of(value));
    }
}
