using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Ocr;
using ReportMiner.Parsing.Pdf;

namespace ReportMiner.Parsing.Tests.Pdf;

[Collection(ProducerPdfsCollection.Name)]
public sealed class PdfProducerTests(ProducerPdfs pdfs)
{
    private static Document Parse(string path, IPageOcr? ocr) =>
        new PdfParser(ocr).Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default));

    private static string AllText(Document doc) =>
        string.Join("\n", doc.Paragraphs.Select(p => p.Text).Concat(doc.Tables.SelectMany(t => t.Cells).Select(c => c.Text)));

    private static void HasTheSelfEvaluationTable(Document doc)
    {
        var table = IndicatorTable.Find(doc, "指标名称", "年度目标", "实际完成");
        Assert.Equal("94.07%", table.Text(table.Row("指标名称", "话务接通率"), "实际完成"));
        Assert.Equal("≥95%", table.Text(table.Row("指标名称", "群众满意度"), "年度目标"));
        Assert.Equal("131.6万件", table.Text(table.Row("指标名称", "受理群众诉求数量"), "实际完成"));
    }

    [Fact]
    public void A_writer_export_of_a_word_document_is_read_in_process_with_its_ruled_table()
    {
        var doc = Parse(pdfs["writer.pdf"], new TesseractPageOcr());

        Assert.Empty(doc.Warnings);
        Assert.DoesNotContain(doc.Pages, p => p.FromOcr);
        Assert.Contains("预算执行率93.53%", AllText(doc));
        HasTheSelfEvaluationTable(doc);
    }

    [Fact]
    public void A_scanner_pdf_with_an_invisible_ocr_layer_is_read_again_by_ocr_and_its_table_recovered()
    {
        var doc = Parse(pdfs["scanner.pdf"], new TesseractPageOcr());

        Assert.Contains(doc.Warnings, w => w.Contains("invisible OCR layer", StringComparison.Ordinal));
        Assert.All(doc.Pages, p => Assert.True(p.FromOcr));
        Assert.Contains("2,350.50", AllText(doc));
        HasTheSelfEvaluationTable(doc);
    }

    [Fact]
    public void Without_an_ocr_engine_a_scanner_pdf_keeps_the_text_of_its_invisible_layer()
    {
        var doc = Parse(pdfs["scanner.pdf"], ocr: null);

        Assert.Empty(doc.Warnings);
        Assert.Contains("2,350.50", AllText(doc));
        Assert.Contains("94.07%", AllText(doc));
    }

    [Fact]
    public void A_cid_font_whose_tounicode_map_points_into_the_private_use_area_is_read_by_ocr_with_a_warning()
    {
        var doc = Parse(pdfs["scanner-wrong-tounicode.pdf"], new TesseractPageOcr());

        Assert.Contains(doc.Warnings, w => w.Contains("Neither PdfPig nor pdftotext", StringComparison.Ordinal)
                                           && w.Contains("read by OCR", StringComparison.Ordinal));
        HasTheSelfEvaluationTable(doc);
    }

    [Fact]
    public void Letters_of_an_identity_h_font_without_tounicode_count_as_unmapped_though_they_look_like_letters()
    {
        var page = Assert.Single(PdfPigPages.Read(pdfs["identity-h-no-tounicode.pdf"], ParseLimits.Default, default, out _));

        Assert.True(page.Letters > 100);
        Assert.Equal(page.Letters, page.UnmappedLetters);
        // What PdfPig made of the glyph ids: letters, but not the page's text.
        Assert.DoesNotContain(page.Words.Words, w => w.Text.Contains("Performance", StringComparison.Ordinal));
    }

    [Fact]
    public void An_identity_h_font_without_tounicode_that_pdftotext_cannot_map_either_is_read_by_ocr()
    {
        var doc = Parse(pdfs["identity-h-no-tounicode.pdf"], new TesseractPageOcr());

        Assert.Contains(doc.Warnings, w => w.Contains("read by OCR", StringComparison.Ordinal));
        var text = AllText(doc);
        Assert.Contains("Performance", text);
        Assert.Contains("94.07%", text);
        Assert.Contains("Satisfaction", text);
    }

    [Fact]
    public void Without_an_ocr_engine_unmappable_fonts_are_reported_as_probably_wrong_text()
    {
        var doc = Parse(pdfs["identity-h-no-tounicode.pdf"], ocr: null);

        Assert.Contains(doc.Warnings, w => w.Contains("no OCR engine is configured; its text is probably wrong", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cid_font_without_a_font_descriptor_that_pdfpig_cannot_load_is_read_by_pdftotext()
    {
        var page = Assert.Single(PdfPigPages.Read(pdfs["cid-no-descriptor.pdf"], ParseLimits.Default, default, out _));
        Assert.Equal(1, page.SkippedFonts);
        Assert.Empty(page.Words.Words); // PdfPig dropped every letter of the font it could not load

        var doc = Parse(pdfs["cid-no-descriptor.pdf"], new TesseractPageOcr());

        Assert.Contains(doc.Warnings, w => w.Contains("without a font descriptor", StringComparison.Ordinal)
                                           && w.Contains("read by pdftotext", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Pages, p => p.FromOcr);
        Assert.Contains("2021年度12345热线项目绩效自评表", AllText(doc));
        HasTheSelfEvaluationTable(doc);
    }

    [Fact]
    public void A_font_pdfpig_drops_without_a_sign_in_its_dictionary_is_caught_by_counting_the_codes_the_page_shows()
    {
        var page = Assert.Single(PdfPigPages.Read(pdfs["cid-dangling-descriptor.pdf"], ParseLimits.Default, default, out _));
        Assert.Equal(0, page.SkippedFonts); // the descriptor key is present: the dictionary check does not see it
        Assert.True(page.LostLetters);

        var doc = Parse(pdfs["cid-dangling-descriptor.pdf"], new TesseractPageOcr());

        Assert.Contains(doc.Warnings, w => w.Contains("far fewer letters than the content stream shows on page(s) 1", StringComparison.Ordinal)
                                           && w.Contains("read by pdftotext", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Pages, p => p.FromOcr);
        Assert.Contains("2021年度12345热线项目绩效自评表", AllText(doc));
        HasTheSelfEvaluationTable(doc);
    }

    [Fact]
    public void Pages_whose_fonts_all_load_are_not_taken_for_pages_that_lost_letters()
    {
        foreach (var name in new[] { "writer.pdf", "identity-h-no-tounicode.pdf", "scanner.pdf" })
            Assert.All(PdfPigPages.Read(pdfs[name], ParseLimits.Default, default, out _), p => Assert.False(p.LostLetters, name));
    }
}
