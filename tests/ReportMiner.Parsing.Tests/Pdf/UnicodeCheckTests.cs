using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Pdf;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class UnicodeCheckTests
{
    private static PageWords[] Page(params string[] words) =>
        [new PageWords(1, 600, 800, words.Select((w, i) => new PositionedWord(w, 10 * i, 10, 10 * i + 8, 20)).ToList(), [])];

    [Fact]
    public void Poppler_text_that_differs_from_pdfpigs_raw_codes_counts_as_mapped() =>
        Assert.True(UnicodeCheck.Maps(Page("Performance", "94.07%"), Page("3HUIRUPDQFH", "\u0013\u0017")));

    [Fact]
    public void Poppler_text_made_of_the_same_raw_codes_as_pdfpigs_counts_as_unmapped() =>
        Assert.False(UnicodeCheck.Maps(Page("3HUIRUPDQFH"), Page("3HUIRUPDQFH", "$QQXDO")));

    [Fact]
    public void Poppler_text_in_the_private_use_area_counts_as_unmapped() =>
        Assert.False(UnicodeCheck.Maps(Page("\uE001\uE002\uE003", "ab"), Page("xyz")));

    [Fact]
    public void No_poppler_text_at_all_counts_as_unmapped() =>
        Assert.False(UnicodeCheck.Maps(Page(), Page("xyz")));
}
