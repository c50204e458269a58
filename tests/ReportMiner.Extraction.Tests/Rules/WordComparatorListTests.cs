namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Target notices that list a level's indicators in prose write the comparator in words as often as in signs
/// ("外立面改造(≥**平方米)大于等于10157.6平方米", "采纳率大于80%", the target-row audit of unseen pages).
/// </summary>
public sealed class WordComparatorListTests
{
    [Fact]
    public void A_comparator_written_in_words_belongs_to_the_target_not_to_the_name()
    {
        var project = new Docs()
            .Para("关于某镇2022年人居环境综合整治项目资金绩效目标设定的公示")
            .Para("现将绩效目标设定公示如下:")
            .Para("一、产出指标")
            .Para("数量指标:商业段外立面改造(≥**平方米)大于等于10157.6平方米,道路两侧人行道铺装大于1400平方米,休闲步道铺装至少3500平方米。")
            .Single();
        var facade = Assert.Single(project.Indicators, i => i.Name == "商业段外立面改造");
        Assert.Equal((">=", 10157.6, "平方米"), (facade.Target!.Op, facade.Target.Value, facade.Target.Unit));
        Assert.Equal(("产出指标", "数量指标"), (facade.Level1, facade.Level2));
        Assert.Equal(">", Assert.Single(project.Indicators, i => i.Name == "道路两侧人行道铺装").Target!.Op);
        Assert.Equal(">=", Assert.Single(project.Indicators, i => i.Name == "休闲步道铺装").Target!.Op);
        Assert.DoesNotContain(project.Indicators, i => i.Name.EndsWith("于", StringComparison.Ordinal) || i.Name.EndsWith("等于", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("投诉次数至多3次", "投诉次数", "<=", 3)]
    [InlineData("每户补助最多2000元", "每户补助", "<=", 2000)]
    [InlineData("培训人次=>120人次", "培训人次", ">=", 120)]
    [InlineData("示范区建立≧20000亩", "示范区建立", ">=", 20000)]
    public void Every_comparator_the_value_reader_knows_belongs_to_the_target_not_to_the_name(string item, string name, string op, double value)
    {
        var project = new Docs()
            .Para("关于某镇2022年人居环境综合整治项目资金绩效目标设定的公示")
            .Para("现将绩效目标设定公示如下:")
            .Para("一、产出指标")
            .Para("数量指标:" + item + ",道路两侧人行道铺装大于1400平方米。")
            .Single();
        var indicator = Assert.Single(project.Indicators, i => i.Name.StartsWith(name, StringComparison.Ordinal));
        Assert.Equal((name, op, value), (indicator.Name, indicator.Target!.Op, indicator.Target.Value));
    }
}
