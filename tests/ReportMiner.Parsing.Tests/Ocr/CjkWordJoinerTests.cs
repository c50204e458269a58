using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class CjkWordJoinerTests
{
    private static TsvWord Word(string text, int left, int width, int line = 1, int height = 40) =>
        new(text, left, 100, width, height, 0.9, 1, 1, line);

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
    public void Chinese_words_on_different_lines_stay_apart()
    {
        var words = CjkWordJoiner.Join([Word("接通", 0, 80, line: 1), Word("率", 85, 40, line: 2)]);

        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void Chinese_punctuation_joins_its_neighbours()
    {
        var words = CjkWordJoiner.Join([Word("工作", 0, 80), Word("，", 82, 20, height: 15), Word("借", 104, 40)]);

        Assert.Equal("工作，借", Assert.Single(words).Text);
    }
}
