using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class ComparisonSignRepairTests
{
    private static TsvWord Word(string text, int left, int width, int tile = 1) => new(text, left, 100, width, 30, 0.9, 1, 1, 1, tile);

    [Theory]
    [InlineData("之95%", "≥95%")]
    [InlineData("Z99.99", "≥99.99")]
    public void A_lookalike_glued_to_a_number_becomes_the_sign(string raw, string expected) =>
        Assert.Equal(expected, Assert.Single(ComparisonSignRepair.Repair([Word(raw, 0, 80)])).Text);

    [Fact]
    public void A_lone_lookalike_just_left_of_a_number_joins_it_as_the_sign()
    {
        var words = ComparisonSignRepair.Repair([Word("之", 0, 25), Word("95%", 35, 60), Word("94.07", 300, 70)]);

        Assert.Equal(["≥95%", "94.07"], words.Select(w => w.Text));
        Assert.Equal(0, words[0].Left);
    }

    [Fact]
    public void A_sign_restored_from_its_pixels_joins_the_number_just_right_of_it()
    {
        var words = ComparisonSignRepair.Repair([Word("≤", 0, 25), Word("20000亩", 35, 120)]);

        Assert.Equal("≤20000亩", Assert.Single(words).Text);
    }

    [Theory]
    [InlineData("之后")]
    [InlineData("Zone")]
    [InlineData("之")]
    public void Ordinary_text_is_untouched(string text) =>
        Assert.Equal(text, Assert.Single(ComparisonSignRepair.Repair([Word(text, 0, 60)])).Text);

    [Fact]
    public void A_lookalike_far_from_the_number_or_in_another_cell_is_untouched()
    {
        var far = ComparisonSignRepair.Repair([Word("之", 0, 25), Word("95", 200, 40)]);
        var otherCell = ComparisonSignRepair.Repair([Word("之", 0, 25, tile: 1), Word("95", 30, 40, tile: 2)]);

        Assert.Equal(["之", "95"], far.Select(w => w.Text));
        Assert.Equal(["之", "95"], otherCell.Select(w => w.Text));
    }
}
