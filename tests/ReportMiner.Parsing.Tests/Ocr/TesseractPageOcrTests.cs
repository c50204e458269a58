using System.Diagnostics;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Ocr;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

[Collection(ScannedPagesCollection.Name)]
public sealed class TesseractPageOcrTests(ScannedPageCache cache)
{
    // Page 5 of the 002 scan holds the 自评表 row 月度话务接通率 | ≥95% | 94.07% | 12 | 11.70.
    private static readonly string Scan002 = RepoPaths.Fixture("002", ".scanned.pdf");
    private static readonly string Scan000 = RepoPaths.Fixture("000", ".scanned.pdf");

    [Fact]
    public void The_call_rate_row_of_the_self_evaluation_table_keeps_its_numbers_exact()
    {
        var page = cache.Page(Scan002, 5);
        var row = RowHolding(page, "94.07");

        Assert.Equal(["94.07", "12", "11.70"], row.Select(w => w.Text).Where(t => t is "94.07" or "12" or "11.70"));
        Assert.Contains(row, w => w.Text == "≥95%" && w.XMax < row.Single(x => x.Text == "94.07").XMin);
    }

    [Fact]
    public void Chinese_text_comes_back_without_spaces_between_characters()
    {
        var lines = cache.Lines(Scan002, 5);

        Assert.Contains(lines, l => l.Contains("月度话务接通率", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("月 度", StringComparison.Ordinal) || l.Contains("话 务", StringComparison.Ordinal));
    }

    [Fact]
    public void The_funding_row_of_the_monitoring_form_reads_in_order()
    {
        var row = RowHolding(cache.Page(Scan000, 1), "38.25").Select(w => w.Text).ToList();

        var numbers = row.SkipWhile(t => t != "57").Take(5).ToList();
        Assert.Equal(["57", "100%", "38.25", "67%", "18.75"], numbers);
    }

    [Fact]
    public void The_borders_of_a_scanned_table_are_found_as_ruling_lines()
    {
        var page = cache.Page(Scan002, 5);
        var horizontals = page.Rules.Where(r => r.IsHorizontal).ToList();
        var verticals = page.Rules.Where(r => !r.IsHorizontal).ToList();

        Assert.InRange(horizontals.Count, 8, 20);
        Assert.InRange(verticals.Count, 6, 20);
        Assert.All(page.Rules, r => Assert.True(r.X1 >= 0 && r.X2 <= page.Width && r.Y1 >= 0 && r.Y2 <= page.Height));
        // The table spans most of the page width, and its columns separate the numbers of the call rate row.
        Assert.Contains(horizontals, h => h.X2 - h.X1 > page.Width * 0.7);
        var row = RowHolding(page, "94.07");
        var twelve = row.Single(w => w.Text == "12");
        Assert.Contains(verticals, v => v.X1 > row.Single(w => w.Text == "94.07").XMax && v.X1 < twelve.XMin
            && v.Y1 < twelve.YMin && v.Y2 > twelve.YMax);
    }

    [Fact]
    public void Words_are_in_the_pixel_coordinates_of_the_rendered_page()
    {
        var page = cache.Page(Scan002, 5);

        Assert.True(page.FromOcr);
        Assert.Equal(1654, page.Width, 0); // A4 width at the scan's own 200 dpi
        Assert.All(page.Words, w => Assert.True(w.XMin >= 0 && w.XMax <= page.Width && w.YMax <= page.Height && w.XMin < w.XMax));
        Assert.All(page.Words, w => Assert.InRange(w.Confidence, 0, 1));
    }

    [Fact]
    public void A_page_that_takes_longer_than_the_ocr_timeout_fails_as_a_timeout_quickly()
    {
        var limits = ParseLimits.Default with { OcrPageTimeout = TimeSpan.FromMilliseconds(300) };
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<DocumentParseException>(() => new TesseractPageOcr().Recognize(Scan002, 3, limits));

        Assert.Equal(ParseErrorKind.Timeout, error.Kind);
        Assert.Contains("page 3", error.Problem, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Temporary_images_are_removed_after_a_failed_page()
    {
        using var scratch = new TempDirectory();
        var ocr = new TesseractPageOcr(OcrOptions.Default with { ScratchRoot = scratch.Path });

        var error = Assert.Throws<DocumentParseException>(() => ocr.Recognize(Scan002, 99, ParseLimits.Default));

        Assert.Equal(ParseErrorKind.ToolFailed, error.Kind);
        Assert.Empty(Directory.GetFileSystemEntries(scratch.Path));
    }

    private static IReadOnlyList<PositionedWord> RowHolding(PageWords page, string text)
    {
        var anchor = page.Words.First(w => w.Text == text);
        var middle = (anchor.YMin + anchor.YMax) / 2;
        return page.Words.Where(w => w.YMin <= middle && w.YMax >= middle).OrderBy(w => w.XMin).ToList();
    }
}
