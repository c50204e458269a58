namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A masked place (XX县, ××区, 某某市) opening a title's funds is no part of their name, with or without a year.</summary>
public sealed class MaskedPlaceNameTests
{
    [Theory]
    [InlineData("XX县村级组织活动场所专项资金绩效评价报告", "村级组织活动场所专项资金")]
    [InlineData("XX区中央农业生产救灾补助资金转移支付2019年度绩效自评报告", "中央农业生产救灾补助资金")]
    [InlineData("某某市农村公路养护资金绩效评价报告", "农村公路养护资金")]
    public void A_masked_place_before_the_funds_is_dropped(string title, string name)
    {
        var project = new Docs().Para(title).Para("一、项目基本情况").Single();
        Assert.Equal(name, project.Name);
    }

    [Fact]
    public void A_masked_market_is_no_place()
    {
        var project = new Docs().Para("XX市场监管专项经费绩效评价报告").Para("一、项目基本情况").Single();
        Assert.Equal("XX市场监管专项经费", project.Name);
    }
}
