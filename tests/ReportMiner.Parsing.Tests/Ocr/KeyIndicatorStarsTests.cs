using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class KeyIndicatorStarsTests
{
    private static TsvWord Word(string text, int left, int height, double confidence, int line = 1) =>
        new(text, left, 100, 30 * text.Length, height, confidence, 1, 1, line, 1);

    private static IReadOnlyList<TsvWord> Name(int left, int line = 1) =>
    [
        Word("特", left, 30, 0.88, line), Word("困", left + 30, 29, 0.9, line), Word("人", left + 60, 30, 0.9, line),
        Word("员", left + 90, 30, 0.93, line), Word("救助", left + 120, 48, 0.9, line),
    ];

    private static string Text(IEnumerable<TsvWord> words) => string.Concat(words.Select(w => w.Text));

    [Fact]
    public void A_short_doubtful_word_before_an_indicator_name_is_a_misread_star_and_is_dropped()
    {
        var words = KeyIndicatorStars.Strip([Word("友", 15, 24, 0.0), .. Name(53)]);

        Assert.Equal("特困人员救助", Text(words));
    }

    [Fact]
    public void Three_stars_read_as_three_short_characters_are_all_dropped()
    {
        var words = KeyIndicatorStars.Strip([Word("妇女", 15, 23, 0.30), Word("女", 85, 23, 0.33), .. Name(115)]);

        Assert.Equal("特困人员救助", Text(words));
    }

    [Fact]
    public void The_third_star_boxed_at_full_height_goes_when_read_with_very_little_confidence()
    {
        var words = KeyIndicatorStars.Strip([Word("廊", 25, 23, 0.06), Word("女", 85, 23, 0.09), Word("去", 113, 31, 0.11), .. Name(146)]);

        Assert.Equal("特困人员救助", Text(words));
    }

    [Fact]
    public void A_name_that_really_begins_with_women_at_full_height_is_kept()
    {
        var words = KeyIndicatorStars.Strip([Word("妇女", 15, 30, 0.93), Word("儿童", 75, 30, 0.9), .. Name(135)]);

        Assert.Equal("妇女儿童特困人员救助", Text(words));
    }

    [Fact]
    public void A_short_word_read_with_confidence_is_kept()
    {
        var words = KeyIndicatorStars.Strip([Word("女", 15, 23, 0.92), .. Name(53)]);

        Assert.Equal("女特困人员救助", Text(words));
    }

    [Fact]
    public void A_sign_read_as_a_character_before_a_number_is_no_star()
    {
        var words = KeyIndicatorStars.Strip([Word("土", 15, 25, 0.42), Word("3%", 50, 30, 0.9), .. Name(110)]);

        Assert.Equal("土3%特困人员救助", Text(words));
    }

    [Fact]
    public void Characters_boxed_with_the_line_below_do_not_make_the_line_look_taller()
    {
        IReadOnlyList<TsvWord> line =
        [
            Word("妇女", 15, 23, 0.27), Word("广", 83, 23, 0.0), Word("其", 116, 31, 0.72), Word("中", 149, 31, 0.97),
            Word("低", 260, 48, 0.93), Word("保", 296, 48, 0.92), Word("对", 323, 48, 0.88),
        ];

        Assert.Equal("其中低保对", Text(KeyIndicatorStars.Strip(line)));
    }

    [Fact]
    public void Only_the_start_of_a_line_is_looked_at()
    {
        var words = KeyIndicatorStars.Strip([.. Name(15), Word("女", 200, 23, 0.3), Word("性", 230, 30, 0.9)]);

        Assert.Equal("特困人员救助女性", Text(words));
    }

    [Fact]
    public void A_line_of_a_lone_short_word_is_left_alone()
    {
        var words = KeyIndicatorStars.Strip([Word("女", 15, 23, 0.3), Word("特", 53, 30, 0.9)]);

        Assert.Equal("女特", Text(words));
    }

    [Fact]
    public void A_word_of_ordinary_height_is_kept_where_the_rest_of_its_line_is_boxed_with_the_line_below()
    {
        IReadOnlyList<TsvWord> page =
        [
            Word("廊坊", 13, 31, 0.44), Word("市", 93, 50, 0.95), Word("发", 130, 50, 0.93), Word("改", 162, 50, 0.93), Word("委", 190, 50, 0.93),
            .. Name(15, line: 2), .. Name(15, line: 3),
        ];

        Assert.Equal("廊坊市发改委", Text(KeyIndicatorStars.Strip(page).Where(w => w.Line == 1)));
    }
}
