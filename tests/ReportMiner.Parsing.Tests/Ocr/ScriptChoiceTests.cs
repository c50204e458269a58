using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class ScriptChoiceTests
{
    private static TsvWord Word(string text, double confidence) => new(text, 0, 0, 30, 30, confidence, 1, 1, 1);

    [Fact]
    public void A_reading_with_few_doubtful_chinese_characters_is_not_worth_trying_in_the_other_script() =>
        Assert.False(ScriptChoice.WorthTrying([Word("项目名称", 0.95), Word("主管部门", 0.9), Word("单位", 0.9), Word("MAAR", 0.1)]));

    [Fact]
    public void A_reading_where_many_chinese_characters_are_doubtful_is_worth_trying_in_the_other_script() =>
        Assert.True(ScriptChoice.WorthTrying([Word("项目名称", 0.95), Word("续效", 0.4), Word("震江", 0.5)]));

    [Fact]
    public void Confidence_is_weighed_by_the_chinese_characters_of_each_word()
    {
        Assert.Equal(0.8, ScriptChoice.MeanConfidence([Word("项目名称", 0.9), Word("单位", 0.6), Word("100%", 0.1)]), 3);
        Assert.Equal(0, ScriptChoice.MeanConfidence([Word("QQ", 0.9)]));
    }

    [Fact]
    public void The_other_script_wins_only_with_clearly_higher_confidence_on_the_same_images()
    {
        Assert.True(ScriptChoice.OtherWins([Word("续效", 0.85)], [Word("績效", 0.9)]));
        Assert.False(ScriptChoice.OtherWins([Word("绩效", 0.9)], [Word("績效", 0.905)]));
        Assert.False(ScriptChoice.OtherWins([Word("绩效", 0.9)], [Word("績效", 0.8)]));
    }

    [Fact]
    public void The_sample_takes_the_wordiest_images_first_until_enough_characters_and_skips_images_without_chinese()
    {
        var long80 = new string('项', 80);
        var images = new (string Image, IReadOnlyList<TsvWord> Words)[]
        {
            ("small", [Word("单位", 0.9)]),
            ("latin", [Word("QQ", 0.9)]),
            ("big1", [Word(long80, 0.9), Word(long80, 0.9)]),
            ("big2", [Word(long80, 0.9)]),
        };

        Assert.Equal(["big1"], ScriptChoice.Sample(images));
        Assert.Equal(["big2", "small"], ScriptChoice.Sample(images.Where(i => i.Image != "big1")));
    }
}
