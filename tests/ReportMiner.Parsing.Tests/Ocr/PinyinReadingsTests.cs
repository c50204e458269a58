using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class PinyinReadingsTests
{
    private static List<TsvWord> Line(params string[] texts)
    {
        var words = new List<TsvWord>();
        var left = 0;
        foreach (var text in texts)
        {
            words.Add(new TsvWord(text, left, 0, 30 * text.Length, 30, 0.9, 1, 1, 1));
            left += (30 * text.Length) + 10;
        }
        return words;
    }

    private static List<TsvWord> ReadingsPage(params string[] texts) =>
        [.. Line("项", "(xiang)", "目", "(mu)", "指", "(zhi)", "标", "(biao)", "绩", "(ji)", "效", "(xiao)", "经", "(jing)", "费", "(fei)"), .. texts.Select(t => Line(t)[0] with { Line = 2 })];

    [Theory]
    [InlineData("(xiang)")]
    [InlineData("（zhuang）")]
    [InlineData("(er)")]
    public void A_bracketed_syllable_spelled_like_pinyin_is_a_clean_reading(string text) =>
        Assert.True(PinyinReadings.IsCleanReading(text));

    [Theory]
    [InlineData("(kg)")]
    [InlineData("(GDP)")]
    [InlineData("(2024)")]
    [InlineData("xiang")]
    public void Units_acronyms_numbers_and_bare_letters_are_not_clean_readings(string text) =>
        Assert.False(PinyinReadings.IsCleanReading(text));

    [Fact]
    public void On_a_page_full_of_readings_the_misread_fragments_go_too_and_the_word_before_covers_their_width()
    {
        var words = ReadingsPage("(zh1)", "tbiao)", "Ong)", "(shi0");

        var stripped = PinyinReadings.Strip(words);

        Assert.Equal(["项", "目", "指", "标", "绩", "效", "经", "费"], stripped.Select(w => w.Text));
        Assert.Equal(words[1].Right, stripped[0].Right);
    }

    [Fact]
    public void On_a_page_full_of_readings_acronyms_numbers_and_english_words_stay()
    {
        var stripped = PinyinReadings.Strip(ReadingsPage("(GDP)", "(2024", "test", "JA(xiang)A"));

        Assert.Equal(["(GDP)", "(2024", "test", "JAA"], stripped.Skip(8).Select(w => w.Text));
    }

    [Fact]
    public void A_page_with_a_few_bracketed_latin_words_keeps_them_all()
    {
        var words = Line("面积", "(mu)", "重量", "(kg)", "产值", "(wan)", "速度", "(km)");

        Assert.Same(words, PinyinReadings.Strip(words));
    }
}
