using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class CjkWordJoinerTests
{
    private static TsvWord Word(string text, int left, int width, int top = 100, int height = 40, int tile = 1) =>
        new(text, left, top, width, height, 0.9, 1, 1, 1, tile);

    [Fact]
    public void Neighbouring_chinese_characters_on_a_line_join_without_spaces()
    {
        var words = CjkWordJoiner.Join([Word("月", 0, 40), Word("度", 45, 40), Word("话", 90, 40), Word("务", 135, 40)]);

        var single = Assert.Single(words);
        Assert.Equal("月度话务", single.Text);
        Assert.Equal(0, single.Left);
        Assert.Equal(175, single.Right);
    }

    [Fact]
    public void Characters_of_one_tesseract_line_keep_its_reading_order_when_their_boxes_disagree()
    {
        // Tesseract read 粮食明显变质 in this order but placed 显's box a few pixels left of 明's.
        var words = CjkWordJoiner.Join([Word("粮食", 0, 80), Word("明", 92, 8), Word("显", 88, 40), Word("变质", 130, 80)]);

        Assert.Equal("粮食明显变质", Assert.Single(words).Text);
    }

    [Fact]
    public void Numbers_and_latin_words_keep_their_spaces()
    {
        var words = CjkWordJoiner.Join([Word("截至", 0, 80), Word("2021", 90, 80), Word("年", 180, 40), Word("PDF", 230, 60), Word("file", 300, 60)]);

        Assert.Equal(["截至", "2021", "年", "PDF", "file"], words.Select(w => w.Text));
    }

    [Fact]
    public void Chinese_words_across_a_wide_gap_such_as_a_cell_border_stay_apart()
    {
        var words = CjkWordJoiner.Join([Word("产出", 0, 80), Word("数量", 300, 80)]);

        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void Chinese_words_on_either_side_of_a_vertical_border_stay_apart()
    {
        var border = new ReportMiner.Parsing.Layout.RuleLine(83, 0, 83, 500);

        var words = CjkWordJoiner.Join([Word("产出", 0, 80), Word("数量", 86, 80)], [border]);

        Assert.Equal(["产出", "数量"], words.Select(w => w.Text));
    }

    [Fact]
    public void Chinese_words_on_different_lines_stay_apart()
    {
        var words = CjkWordJoiner.Join([Word("接通", 0, 80, top: 100), Word("率", 85, 40, top: 150)]);

        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void Chinese_words_of_different_cells_stay_apart_even_when_close()
    {
        var words = CjkWordJoiner.Join([Word("产出", 0, 80, tile: 1), Word("数量", 84, 80, tile: 2)]);

        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void A_character_tesseract_put_on_a_line_of_its_own_still_joins_its_neighbours()
    {
        var lone = new TsvWord("月", 0, 102, 23, 38, 0.9, Block: 3, Paragraph: 1, Line: 1);

        var words = CjkWordJoiner.Join([lone, Word("度话务", 40, 90)]);

        Assert.Equal("月度话务", Assert.Single(words).Text);
    }

    [Fact]
    public void Chinese_punctuation_joins_its_neighbours()
    {
        var words = CjkWordJoiner.Join([Word("工作", 0, 80), Word("，", 82, 20, height: 15), Word("借", 104, 40)]);

        Assert.Equal("工作，借", Assert.Single(words).Text);
    }

    [Fact]
    public void A_comma_read_as_a_word_of_its_own_between_two_clauses_stays_in_the_sentence()
    {
        var words = CjkWordJoiner.Join([Word("万亩", 0, 80), Word(",", 90, 10, top: 125, height: 15), Word("受省", 110, 80)]);

        Assert.Equal("万亩,受省", string.Concat(words.Select(w => w.Text)));
        Assert.DoesNotContain(words, w => w.Text == ",");
    }

    [Fact]
    public void Quotation_marks_read_as_words_of_their_own_stay_around_the_quoted_name()
    {
        var words = CjkWordJoiner.Join([Word("科普", 0, 80), Word("“", 85, 15), Word("进基层", 105, 120), Word("”", 230, 15),
            Word("宣传", 250, 80)]);

        Assert.Equal("科普“进基层”宣传", string.Concat(words.Select(w => w.Text)));
        Assert.DoesNotContain(words, w => w.Text is "“" or "”");
    }

    [Fact]
    public void A_lone_comma_at_the_end_of_a_line_or_across_a_wide_gap_stays_a_word_of_its_own()
    {
        var atEnd = CjkWordJoiner.Join([Word("产出", 0, 80), Word(",", 90, 10)]);
        var farOff = CjkWordJoiner.Join([Word("产出", 0, 80), Word(",", 300, 10), Word("数量", 320, 80)]);

        Assert.Contains(atEnd, w => w.Text == ",");
        Assert.Contains(farOff, w => w.Text == ",");
    }
}
