using System.Text.Json;
using ReportMiner.Documents.Model;
using ReportMiner.Documents.Serialization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class PdfPigReadingTests
{
    private static IReadOnlyList<PdfPage> Pages(byte[] pdf)
    {
        using var dir = new TempDirectory();
        var path = dir.File("test.pdf");
        File.WriteAllBytes(path, pdf);
        return PdfPigPages.Read(path, ParseLimits.Default, default, out _);
    }

    private static Document Parse(byte[] pdf)
    {
        using var dir = new TempDirectory();
        var path = dir.File("test.pdf");
        File.WriteAllBytes(path, pdf);
        return new PdfParser().Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default));
    }

    private static bool Has(IReadOnlyList<RuleLine> rules, double x1, double y1, double x2, double y2) =>
        rules.Any(r => Near(Math.Min(r.X1, r.X2), Math.Min(x1, x2)) && Near(Math.Max(r.X1, r.X2), Math.Max(x1, x2))
                       && Near(Math.Min(r.Y1, r.Y2), Math.Min(y1, y2)) && Near(Math.Max(r.Y1, r.Y2), Math.Max(y1, y2)));

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.6;

    private static byte[] OnePage(string content, string mediaBox = "0 0 600 800", string extra = "")
    {
        var pdf = new MinimalPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var stream = pdf.AddStream("", content);
        var page = pdf.Add($"<< /Type /Page /Parent 4 0 R /MediaBox [{mediaBox}] {extra} /Contents {stream} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>");
        var pages = pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(root);
    }

    [Fact]
    public void Stroked_lines_and_thin_filled_rectangles_become_rules_in_top_down_page_coordinates()
    {
        var rules = Assert.Single(Pages(OnePage(string.Join("\n",
            "q 1 0 0 1 100 0 cm 0 700 m 200 700 l S Q", // translated by cm
            "50 600 300 0.5 re f",                      // a border drawn as a thin filled rectangle
            "1 G 0 500 m 400 500 l S 0 G",              // white: invisible, not a rule
            "0 400 m 50 450 100 400 c S",               // a curve is not a rule
            "100 100 200 150 re f")))).Words.Rules;      // a filled box (cell shading) is not a rule

        Assert.True(Has(rules, 100, 100, 300, 100), "stroked line after cm");
        Assert.True(Has(rules, 50, 199.75, 350, 199.75), "thin filled rectangle");
        Assert.Equal(2, rules.Count);
    }

    [Fact]
    public void Words_come_from_letters_with_their_positions_split_at_spaces()
    {
        var page = Assert.Single(Pages(OnePage("BT /F1 10 Tf 72 700 Td (Budget 1,350.50) Tj ET")));

        Assert.Equal(["Budget", "1,350.50"], page.Words.Words.Select(w => w.Text));
        var budget = page.Words.Words[0];
        Assert.InRange(budget.XMin, 71.5, 72.5);
        Assert.InRange(budget.YMin, 800 - 700 - 10, 800 - 700);
    }

    [Fact]
    public void A_table_printed_sideways_on_a_portrait_page_is_read_in_its_own_direction()
    {
        var content = string.Join("\n", Enumerable.Range(0, 6).Select(i =>
            $"BT /F1 12 Tf 0 1 -1 0 {100 + 20 * i} 100 Tm (Row {i} alpha) Tj ET BT /F1 12 Tf 0 1 -1 0 {100 + 20 * i} 300 Tm ({i}.5) Tj ET"));

        var doc = Parse(OnePage(content));

        var table = Assert.Single(doc.Tables);
        Assert.Equal(["Row 3 alpha", "3.5"], table.RowTexts(3));
        Assert.All(table.Cells, c => Assert.NotNull(c.Box));
        // Boxes are on the page as displayed (portrait, 600 x 800): the sideways rows run down the page.
        var box = table.CellAt(0, 0)!.Box!;
        Assert.True(box.X1 <= 600 && box.Y1 <= 800 && box.Y1 - box.Y0 > box.X1 - box.X0);
    }

    [Fact]
    public void A_page_rotated_by_its_rotate_entry_reads_upright()
    {
        var content = string.Join("\n", Enumerable.Range(0, 3).Select(i =>
            $"BT /F1 12 Tf 0 1 -1 0 {100 + 20 * i} 100 Tm (Line {i} of a rotated page.) Tj ET"));

        var doc = Parse(OnePage(content, extra: "/Rotate 90"));

        Assert.Equal((800, 600), (doc.Pages[0].Width, doc.Pages[0].Height));
        Assert.StartsWith("Line 0 of a rotated page. Line 1", Assert.Single(doc.Paragraphs).Text);
    }

    private static byte[] PrivateUseFontPdf()
    {
        var pdf = new MinimalPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [65 /uniE001 /uniE002 /uniE003] >> >>");
        var stream = pdf.AddStream("", "BT /F1 12 Tf 72 700 Td (ABCABCABC CBA) Tj ET");
        var page = pdf.Add($"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 600 800] /Contents {stream} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>");
        var pages = pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(root);
    }

    /// <summary>Stands in for Tesseract: one sentence per page.</summary>
    private sealed class SentenceOcr : IPageOcr
    {
        public List<int> Pages { get; } = [];

        public PageWords Recognize(string pdfPath, int pageNumber, ParseLimits limits, CancellationToken cancellationToken = default)
        {
            Pages.Add(pageNumber);
            return new PageWords(0, 1654, 2339, [new PositionedWord("Recognised sentence.", 100, 200, 900, 240)], []);
        }
    }

    [Fact]
    public void A_font_mapping_its_codes_to_private_use_characters_is_read_by_ocr_since_pdftotext_reads_the_same_codes()
    {
        using var dir = new TempDirectory();
        var path = dir.File("test.pdf");
        File.WriteAllBytes(path, PrivateUseFontPdf());
        var ocr = new SentenceOcr();

        var doc = new PdfParser(ocr).Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default));

        Assert.Equal([1], ocr.Pages);
        Assert.Contains(doc.Warnings, w => w.Contains("Neither PdfPig nor pdftotext", StringComparison.Ordinal));
        Assert.Equal(["Recognised sentence."], doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Unmappable_fonts_send_no_more_pages_to_ocr_than_the_ocr_page_limit()
    {
        using var dir = new TempDirectory();
        var path = dir.File("test.pdf");
        File.WriteAllBytes(path, PrivateUseFontPdf());
        var ocr = new SentenceOcr();

        var doc = new PdfParser(ocr).Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default with { MaxOcrPages = 0 }));

        Assert.Empty(ocr.Pages);
        Assert.Contains(doc.Warnings, w => w.Contains("OCR page limit (0) was reached", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_ocr_engine_a_font_mapping_to_private_use_characters_keeps_pdftotexts_text_with_a_warning()
    {
        var doc = Parse(PrivateUseFontPdf());

        Assert.Contains(doc.Warnings, w => w.Contains("its text is probably wrong", StringComparison.Ordinal));
        Assert.NotEmpty(doc.Paragraphs);
    }

    [Fact]
    public void A_page_tree_nested_sixty_thousand_levels_deep_does_not_crash_the_reader()
    {
        var pdf = new MinimalPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var content = pdf.AddStream("", "BT /F1 12 Tf 72 700 Td (Deep) Tj ET");
        const int depth = 60_000;
        var first = pdf.Reserve();
        for (var d = 0; d < depth; d++) pdf.Reserve();
        var root = pdf.Add($"<< /Type /Catalog /Pages {first} 0 R >>");
        var bodies = new List<(int, string)>();
        for (var d = 0; d < depth; d++)
            bodies.Add((first + d, $"<< /Type /Pages /Kids [{first + d + 1} 0 R] /Count 1 >>"));
        bodies.Add((first + depth, $"<< /Type /Page /Parent {first + depth - 1} 0 R /MediaBox [0 0 600 800] /Contents {content} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"));
        pdf.Fill(bodies);

        var outcome = Record.Exception(() => Parse(pdf.Build(root)));

        Assert.True(outcome is null or DocumentParseException, outcome?.ToString());
    }

    [Fact]
    public void Cells_of_a_ruled_pdf_table_carry_their_box_on_the_page_and_json_keeps_it()
    {
        var doc = PdfFixtures.Get("002");
        var table = doc.TableContaining("月度话务接通率");
        var cell = table.CellNamed("月度话务接通率");

        var box = Assert.IsType<CellBox>(cell.Box);
        Assert.Equal(cell.Provenance.Page, box.Page);
        Assert.True(box.X0 >= 0 && box.X1 <= doc.Pages[box.Page - 1].Width && box.Y0 >= 0 && box.Y1 <= doc.Pages[box.Page - 1].Height);
        Assert.True(box.X1 - box.X0 > 10 && box.Y1 - box.Y0 > 5);
        var sameRow = table.Cells.Where(c => c.Row == cell.Row && c.RowSpan == 1 && c.Box!.Page == box.Page).ToList();
        Assert.All(sameRow, c => Assert.Equal(box.Y0, c.Box!.Y0, 1));
        using var json = JsonDocument.Parse(DocumentJson.Serialize(doc));
        Assert.Contains("\"box\"", json.RootElement.GetRawText());
    }

    [Fact]
    public void Cells_of_tables_from_formats_without_pages_have_no_box_and_their_json_has_no_box_key()
    {
        var doc = ReportMiner.Parsing.Pipeline.DefaultDocumentReader.Create().Read(RepoPaths.Fixture("002", ".docx"));

        Assert.All(doc.Tables.SelectMany(t => t.Cells), c => Assert.Null(c.Box));
        Assert.DoesNotContain("\"box\"", DocumentJson.Serialize(doc));
    }
}
