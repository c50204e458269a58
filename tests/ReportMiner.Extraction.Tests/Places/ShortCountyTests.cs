using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Tests.Places;

/// <summary>Two-character counties (攸县, 南县) are places where a name begins, and ordinary words elsewhere.</summary>
public sealed class ShortCountyTests
{
    [Theory]
    [InlineData("攸县卫生健康局", "攸县")]
    [InlineData("湖南省益阳市南县政协", "南县")]
    [InlineData("为南县建设凝心聚力", "南县")]
    [InlineData("属于经常性项目，由南县不动产登记中心负责实施和管理", "南县")]
    [InlineData("单位：澧县水利局", "澧县")]
    public void A_two_character_county_where_a_name_begins_is_a_place(string text, string district) =>
        Assert.Equal(district, Gazetteer.Default.Resolve(text)?.District);

    [Theory]
    [InlineData("创建国家级示范县取得成效")]
    [InlineData("按时完成县级配套资金拨付")]
    [InlineData("推进新县城建设")]
    [InlineData("提升群众健康县域医共体")]
    public void A_two_character_county_inside_other_words_is_no_place(string text) =>
        Assert.Null(Gazetteer.Default.Resolve(text));

    [Fact]
    public void Place_names_can_be_taken_out_of_a_text_whatever_form_they_are_written_in() =>
        Assert.Equal("2022年12345热线项目", Gazetteer.Default.WithoutPlaces("延边州2022年12345热线项目"));
}
