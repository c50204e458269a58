using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Ocr;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

[Collection(ScannedPagesCollection.Name)]
public sealed class OcrBatchTests(ScannedPageCache cache)
{
    private static readonly string Scan000 = RepoPaths.Fixture("000", ".scanned.pdf");

    [Fact]
    public void Pages_read_in_one_run_give_the_words_each_page_gives_alone()
    {
        var together = new TesseractPageOcr().RecognizePages(Scan000, [1, 2], ParseLimits.Default);

        Assert.Equal([1, 2], together.Select(p => p.PageNumber));
        foreach (var page in together)
        {
            Assert.Null(page.Error);
            var alone = cache.Page(Scan000, page.PageNumber);
            Assert.Equal(alone.Words.Select(w => (w.Text, w.XMin, w.YMin, w.XMax, w.YMax)),
                page.Words!.Words.Select(w => (w.Text, w.XMin, w.YMin, w.XMax, w.YMax)));
            Assert.Equal(alone.Rules.Count, page.Words.Rules.Count);
        }
    }

    [Fact]
    public void A_page_past_its_time_twice_fails_alone_and_the_pages_after_it_are_still_read()
    {
        using var folder = new TempDirectory();
        string Image(string name)
        {
            var image = GlyphDrawing.Blank(200, 80);
            GlyphDrawing.EqualsSign(image, 90, 40);
            var path = Path.Combine(folder.Path, name);
            PgmCodec.Write(image, path);
            return path;
        }
        var budgets = new PageBudgets(TimeSpan.FromSeconds(90));
        // Its second budget (PageBudgets.Renew) is spent already too.
        budgets.Spend(1, TimeSpan.FromSeconds(180) - TimeSpan.FromMilliseconds(1));
        var started = new List<int>();

        var outcomes = TesseractBatch.Run([new(1, [Image("a.pgm"), Image("b.pgm")]), new(2, [Image("c.pgm")])], 200,
            OcrOptions.Default, "synthetic.pdf", budgets, folder.Path, started.Add, CancellationToken.None);

        Assert.Equal(ParseErrorKind.Timeout, outcomes[1].Error?.Kind);
        Assert.Contains("page 1", outcomes[1].Error!.Problem, StringComparison.Ordinal);
        Assert.Null(outcomes[2].Error);
        Assert.Single(outcomes[2].Words!);
        Assert.Equal([1, 1, 2], started);
    }
}
