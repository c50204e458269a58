using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class TesseractTsvParserTests
{
    private const string Sample =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
        "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n" +
        "4\t1\t1\t1\t1\t0\t159\t94\t700\t40\t-1\t\n" +
        "5\t1\t1\t1\t1\t1\t159\t94\t80\t40\t96.5\t月度\n" +
        "5\t1\t1\t1\t1\t2\t250\t95\t90\t38\t88.25\t94.07%\n" +
        "5\t1\t1\t1\t1\t3\t400\t95\t20\t38\t95\t \n" +
        "5\t1\t2\t1\t3\t1\t10\t300\t60\t30\t41\t11.70\r\n";

    [Fact]
    public void Word_rows_become_words_with_pixel_boxes_and_confidence()
    {
        var words = TesseractTsvParser.Parse(Sample);

        Assert.Equal(["月度", "94.07%", "11.70"], words.Select(w => w.Text));
        var second = words[1];
        Assert.Equal((250, 95, 340, 133), (second.Left, second.Top, second.Right, second.Bottom));
        Assert.Equal(0.8825, second.Confidence, 4);
        Assert.Equal((1, 2, 1, 3), words[2].LineKey);
    }

    [Fact]
    public void Malformed_rows_are_skipped_rather_than_failing()
    {
        var words = TesseractTsvParser.Parse("5\t1\t1\t1\t1\t1\tx\t94\t80\t40\t96\t月\n5\t1\t1\n");

        Assert.Empty(words);
    }
}
