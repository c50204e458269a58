using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Tests.Taxonomy;

public sealed class IndicatorTaxonomyTests
{
    [Fact]
    public void The_taxonomy_lists_the_agreed_categories()
    {
        string[] required = ["answer_rate", "satisfaction", "callback_rate", "dispatch_timeliness", "completion_rate", "resolution_rate",
            "first_contact_resolution", "platform_availability", "budget_execution", "complaint_rate", "staff_turnover", "training", "fault_response", "other"];
        Assert.Equal(required, IndicatorTaxonomy.Default.Keys);
        Assert.All(IndicatorTaxonomy.Default.Categories.Where(c => c.Key != "other"), c => Assert.NotEmpty(c.Keywords));
    }

    [Theory]
    [InlineData("月度话务接通率", "answer_rate")]
    [InlineData("市民滿意度", "satisfaction")]
    [InlineData("預算執行率", "budget_execution")]
    public void Keywords_match_in_either_script(string name, string key) =>
        Assert.Contains(key, IndicatorTaxonomy.Default.KeywordMatches(name));

    [Fact]
    public void A_name_without_keywords_matches_nothing() => Assert.Empty(IndicatorTaxonomy.Default.KeywordMatches("资产管理制度健全"));
}
