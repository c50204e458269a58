using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class ComparisonGlyphTests
{
    private const int Dpi = 200;

    private static string? Classify(Action<GrayImage> draw)
    {
        var image = GlyphDrawing.Blank(60, 50);
        draw(image);
        return ComparisonGlyph.Classify(image, 0, 0, image.Width, image.Height, Dpi);
    }

    [Fact]
    public void An_angle_opening_left_over_a_bar_is_greater_or_equal() =>
        Assert.Equal("≥", Classify(i => GlyphDrawing.GreaterOrLess(i, 10, 10)));

    [Fact]
    public void An_angle_opening_right_over_a_bar_is_less_or_equal() =>
        Assert.Equal("≤", Classify(i => GlyphDrawing.GreaterOrLess(i, 10, 10, opensRight: true)));

    [Theory]
    [InlineData(false, 5, "≥")]
    [InlineData(true, 5, "≤")]
    [InlineData(false, 4, "≥")]
    [InlineData(true, 4, "≤")]
    [InlineData(false, 7, "≥")]
    public void An_angle_over_a_bar_slanted_like_its_lower_arm_is_a_comparison_with_equality(bool opensRight, int drop, string sign) =>
        Assert.Equal(sign, Classify(i => GlyphDrawing.SlantedGreaterOrLess(i, 10, 10, opensRight, drop)));

    [Fact]
    public void An_angle_over_a_bar_tilted_up_to_its_last_rows_is_greater_or_equal() =>
        Assert.Equal("≥", Classify(i => GlyphDrawing.GreaterOverTiltedBar(i, 10, 10)));

    [Fact]
    public void A_scanned_greater_or_equal_with_a_slanted_bar_is_read_as_such() =>
        Assert.Equal("≥", Classify(i => GlyphDrawing.Picture(i, 10, 10, GlyphDrawing.ScannedSlantedGreaterOrEqual)));

    [Fact]
    public void A_letter_z_is_no_sign() => Assert.Null(Classify(i => GlyphDrawing.Z(i, 10, 10)));

    [Fact]
    public void The_character_zhi_is_no_sign() => Assert.Null(Classify(i => GlyphDrawing.Zhi(i, 10, 10)));

    [Fact]
    public void Two_bars_of_the_same_length_are_an_equals_sign() =>
        Assert.Equal("=", Classify(i => GlyphDrawing.EqualsSign(i, 10, 20)));

    [Theory]
    [InlineData(false, ">")]
    [InlineData(true, "<")]
    public void An_angle_alone_is_a_strict_comparison(bool opensRight, string sign) =>
        Assert.Equal(sign, Classify(i => GlyphDrawing.Angle(i, 10, 10, 16, 16, opensRight)));

    [Fact]
    public void A_digit_two_is_no_sign_though_its_foot_is_a_bar() =>
        Assert.Null(Classify(i => GlyphDrawing.Two(i, 10, 10)));

    [Fact]
    public void Three_bars_are_no_sign() =>
        Assert.Null(Classify(i =>
        {
            GlyphDrawing.Bar(i, 10, 10, 20);
            GlyphDrawing.Bar(i, 10, 18, 20);
            GlyphDrawing.Bar(i, 10, 26, 20);
        }));

    [Fact]
    public void Ink_larger_than_a_character_is_no_sign()
    {
        var image = GlyphDrawing.Blank(200, 200);
        GlyphDrawing.Bar(image, 10, 10, 150);
        GlyphDrawing.Bar(image, 10, 30, 150);

        Assert.Null(ComparisonGlyph.Classify(image, 0, 0, image.Width, image.Height, Dpi));
    }

    [Fact]
    public void A_blank_box_is_no_sign() => Assert.Null(Classify(_ => { }));
}
