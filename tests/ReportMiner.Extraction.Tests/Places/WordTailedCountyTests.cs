using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Tests.Places;

/// <summary>A county whose name ends in an ordinary word (应城市: 城市) is a place where a name begins, not inside prose.</summary>
public sealed class WordTailedCountyTests
{
    [Theory]
    [InlineData("老旧管网已不适应城市发展需要")]
    [InlineData("作为首批对外开放沿海城市，港口条件优越")]
    [InlineData("统筹推进各项城市建设任务")]
    public void A_county_whose_name_ends_in_the_word_city_is_no_place_inside_a_sentence(string text) =>
        Assert.Null(Gazetteer.Default.Resolve(text));

    [Theory]
    [InlineData("应城市财政局", "应城市")]
    [InlineData("湖北省孝感市应城市住房和城乡建设局", "应城市")]
    [InlineData("单位：海城市农业农村局", "海城市")]
    [InlineData("2022年项城市城区供水项目绩效自评表", "项城市")]
    [InlineData("下达资金至麻城市", "麻城市")]
    public void A_county_whose_name_ends_in_the_word_city_is_a_place_where_a_name_begins(string text, string district) =>
        Assert.Equal(district, Gazetteer.Default.Resolve(text)?.District);
}
