using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class LatinMisreadLinesTests
{
    private static TsvWord Word(string text, int left, int top, int width, int line) =>
        new(text, left, top, width, 30, 0.9, 1, 1, line);

    private static void Ink(GrayImage image, int x1, int y1, int x2, int y2)
    {
        for (var y = y1; y < y2; y++)
            for (var x = x1; x < x2; x++) image[x, y] = 0;
    }

    [Theory]
    [InlineData(new[] { "MAAR" }, new[] { "项目名称" })]
    [InlineData(new[] { "国家政策性粮收购价格执行wR" }, new[] { "国家政策性粮收购价格执行率" })]
    [InlineData(new[] { "≥20000Hi" }, new[] { "≥20000亩" })]
    [InlineData(new[] { "经费BO万元、", "90%" }, new[] { "经费80万元、", "90%" })]
    public void A_reading_with_more_chinese_and_fewer_latin_letters_replaces_the_first(string[] first, string[] second) =>
        Assert.True(LatinMisreadLines.RereadWins(first, second));

    [Theory]
    [InlineData(new[] { "QQ", "号" }, new[] { "QQ", "号" })]
    [InlineData(new[] { "Z95%" }, new[] { "=95%" })]
    [InlineData(new[] { "执行wR", "90%" }, new[] { "执行率", "909%6" })]
    [InlineData(new[] { "PDF", "文件" }, new[] { "文件" })]
    public void A_line_that_really_is_latin_loses_chinese_or_garbles_a_percentage_keeps_its_first_reading(string[] first, string[] second) =>
        Assert.False(LatinMisreadLines.RereadWins(first, second));

    [Fact]
    public void Only_lines_holding_a_latin_letter_are_cut_out_with_their_words_and_page_offset()
    {
        var tile = new OcrTile(GrayImage.Blank(400, 200), 1000, 2000);
        Ink(tile.Image, 20, 20, 200, 50);  // line 1: 项目名称
        Ink(tile.Image, 20, 100, 150, 130); // line 2: MAAR
        var words = new[] { Word("项目名称", 20, 20, 180, 1), Word("MA", 20, 100, 60, 2), Word("AR", 90, 100, 60, 2) };

        var bands = LatinMisreadLines.Find(tile, words, reachX: 25, reachY: 4, padding: 10);

        var (line, band) = Assert.Single(bands);
        Assert.Equal(["MA", "AR"], line.Select(w => w.Text));
        Assert.Equal(1000 + 0 - 10, band.OffsetX);      // the left reach stops at the tile's edge
        Assert.Equal(2000 + 96 - 10, band.OffsetY);
        Assert.Equal(0, band.Image[20 - (band.OffsetX - 1000), 110 - (band.OffsetY - 2000)]);
        Assert.DoesNotContain(band.Image.Pixels.Select((p, i) => (p, y: i / band.Image.Width)), p => p.p == 0 && p.y < 10);
        Assert.Equal(150 + 25 - 0 + 20, band.Image.Width);
    }
}
