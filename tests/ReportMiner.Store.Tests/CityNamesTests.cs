using ReportMiner.Store.Text;

namespace ReportMiner.Store.Tests;

public sealed class CityNamesTests
{
    [Theory]
    [InlineData("广州", "广州")]
    [InlineData("广州市", "广州")]
    [InlineData("廣州市", "广州")]
    [InlineData("Guangzhou", "广州")]
    [InlineData("上海", "上海")]
    [InlineData("上海市", "上海")]
    [InlineData("Shanghai", "上海")]
    [InlineData("岳麓区", "长沙")]
    public void Spellings_of_one_city_share_a_key(string input, string key) => Assert.Equal(key, CityNames.Key(input));

    [Fact]
    public void An_unknown_name_is_kept_folded_rather_than_dropped() => Assert.Equal("某某", CityNames.Key("某某市"));

    [Theory]
    [InlineData("熱線服務滿意度", "热线服务满意度")]
    [InlineData("ＡＢＣ １２３４５", "abc12345")]
    public void Folding_gives_simplified_half_width_lower_case_text_without_spaces(string input, string folded) =>
        Assert.Equal(folded, ScriptFolding.Fold(input));
}
