using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class WrappedEqualsSignTests
{
    private const int Dpi = 200;

    private static TsvWord Word(string text, int left, int top, int width, int height) => new(text, left, top, width, height, 0.9, 1, 1, 1);

    // A narrow target cell: ">" on the first line, its "=" wrapped onto the second, "20" on the third.
    private static GrayImage NarrowCell()
    {
        var cell = GlyphDrawing.Blank(60, 130);
        GlyphDrawing.Angle(cell, 20, 20, 20, 17, opensRight: false);
        GlyphDrawing.EqualsSign(cell, 20, 60);
        GlyphDrawing.Two(cell, 20, 90);
        return cell;
    }

    [Fact]
    public void A_greater_than_sign_ending_its_line_gets_back_the_equals_sign_wrapped_under_it()
    {
        var words = ComparisonSignCells.Restore(NarrowCell(), [Word(">", 20, 20, 21, 18), Word("2", 20, 90, 17, 24)], Dpi, isCell: false);

        Assert.Equal([">=", "2"], words.Select(w => w.Text));
    }

    [Fact]
    public void A_greater_than_sign_with_nothing_drawn_under_it_stays_as_read()
    {
        var cell = GlyphDrawing.Blank(60, 130);
        GlyphDrawing.Angle(cell, 20, 20, 20, 17, opensRight: false);
        GlyphDrawing.Two(cell, 20, 90);

        var words = ComparisonSignCells.Restore(cell, [Word(">", 20, 20, 21, 18), Word("2", 20, 90, 17, 24)], Dpi, isCell: false);

        Assert.Equal([">", "2"], words.Select(w => w.Text));
    }

    [Fact]
    public void A_greater_than_sign_followed_on_its_own_line_by_a_number_takes_no_sign_from_the_line_below()
    {
        var cell = NarrowCell();
        GlyphDrawing.Nine(cell, 40, 18);

        var words = ComparisonSignCells.Restore(cell,
            [Word(">", 20, 20, 21, 18), Word("9", 40, 18, 16, 24), Word("2", 20, 90, 17, 24)], Dpi, isCell: false);

        Assert.Equal(">", words[0].Text);
    }
}
