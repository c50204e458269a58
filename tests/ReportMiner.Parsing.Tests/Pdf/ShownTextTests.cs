using ReportMiner.Parsing.Pdf;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class ShownTextTests
{
    [Theory]
    [InlineData(400, 400, false)] // one-byte codes, every letter returned
    [InlineData(400, 200, false)] // two-byte codes, every letter returned
    [InlineData(400, 60, true)]   // most of the shown text has no letters
    [InlineData(400, 0, true)]
    [InlineData(10, 0, false)]    // too little text to judge
    public void A_page_lost_letters_when_it_shows_far_more_code_bytes_than_letters_came_back(int bytes, int letters, bool lost) =>
        Assert.Equal(lost, ShownText.LostLetters(bytes, letters));
}
