using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Ocr;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

[Collection(ScannedPagesCollection.Name)]
public sealed class ScriptSwitchTests
{
    private static readonly string Scan000 = RepoPaths.Fixture("000", ".scanned.pdf");

    [Fact]
    public void A_page_switched_to_the_other_script_gives_the_words_that_script_alone_gives()
    {
        // A simplified-script page read first by the traditional models is doubtful there, so the trial switches it to
        // the simplified ones; the tiles the trial read are kept rather than read again, and must match a plain reading.
        var switched = new TesseractPageOcr(new OcrOptions { Languages = "chi_tra+eng", OtherScriptLanguages = "chi_sim+eng" })
            .RecognizePages(Scan000, [1], ParseLimits.Default).Single();
        var plain = new TesseractPageOcr(new OcrOptions { Languages = "chi_sim+eng", OtherScriptLanguages = null })
            .RecognizePages(Scan000, [1], ParseLimits.Default).Single();

        Assert.Null(switched.Error);
        Assert.Equal(plain.Words!.Words.Select(w => (w.Text, w.XMin, w.YMin, w.XMax, w.YMax)),
            switched.Words!.Words.Select(w => (w.Text, w.XMin, w.YMin, w.XMax, w.YMax)));
    }
}
