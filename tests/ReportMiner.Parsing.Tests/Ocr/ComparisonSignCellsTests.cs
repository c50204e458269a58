using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class ComparisonSignCellsTests
{
    private const int Dpi = 200;

    private static TsvWord Word(string text, int left, int top, int width, int height) => new(text, left, top, width, height, 0.9, 1, 1, 1);

    [Theory]
    [InlineData("2")]
    [InlineData("三")]
    [InlineData("=")]
    public void A_sign_cell_read_as_a_lookalike_gets_the_sign_its_pixels_show(string read)
    {
        var cell = GlyphDrawing.Blank(80, 60);
        GlyphDrawing.GreaterOrLess(cell, 20, 20);

        var words = ComparisonSignCells.Restore(cell, [Word(read, 20, 20, 21, 19)], Dpi, isCell: true);

        Assert.Equal("≥", Assert.Single(words).Text);
    }

    [Fact]
    public void A_lookalike_over_an_angle_alone_is_left_for_the_glued_sign_repair()
    {
        var cell = GlyphDrawing.Blank(120, 60);
        GlyphDrawing.Angle(cell, 20, 20, 16, 16, opensRight: false);
        GlyphDrawing.Nine(cell, 46, 17);

        Assert.Equal("之95%", Assert.Single(ComparisonSignCells.Restore(cell, [Word("之95%", 20, 17, 60, 25)], Dpi, isCell: true)).Text);
    }

    [Fact]
    public void A_real_two_stays_a_two()
    {
        var cell = GlyphDrawing.Blank(80, 60);
        GlyphDrawing.Two(cell, 20, 15);

        Assert.Equal("2", Assert.Single(ComparisonSignCells.Restore(cell, [Word("2", 20, 15, 17, 24)], Dpi, isCell: true)).Text);
    }

    [Fact]
    public void A_sign_glued_before_a_number_replaces_the_misread_first_character()
    {
        var cell = GlyphDrawing.Blank(120, 60);
        GlyphDrawing.GreaterOrLess(cell, 20, 20);
        GlyphDrawing.Nine(cell, 46, 17);

        var words = ComparisonSignCells.Restore(cell, [Word("290%", 20, 17, 60, 25)], Dpi, isCell: true);

        Assert.Equal("≥90%", Assert.Single(words).Text);
    }

    [Fact]
    public void A_number_that_starts_with_a_real_two_is_untouched()
    {
        var cell = GlyphDrawing.Blank(120, 60);
        GlyphDrawing.Two(cell, 20, 15);
        GlyphDrawing.Nine(cell, 42, 15);

        Assert.Equal("29", Assert.Single(ComparisonSignCells.Restore(cell, [Word("29", 20, 15, 40, 25)], Dpi, isCell: true)).Text);
    }

    [Fact]
    public void An_empty_cell_holding_an_equals_sign_gets_it_as_its_word()
    {
        var cell = GlyphDrawing.Blank(90, 50);
        GlyphDrawing.EqualsSign(cell, 30, 20);

        var word = Assert.Single(ComparisonSignCells.Restore(cell, [], Dpi, isCell: true));

        Assert.Equal("=", word.Text);
        Assert.Equal((30, 20), (word.Left, word.Top));
    }

    [Fact]
    public void The_page_outside_the_tables_gets_no_word_from_its_ink() =>
        Assert.Empty(ComparisonSignCells.Restore(EqualsSignImage(), [], Dpi, isCell: false));

    private static GrayImage EqualsSignImage()
    {
        var image = GlyphDrawing.Blank(90, 50);
        GlyphDrawing.EqualsSign(image, 30, 20);
        return image;
    }
}
