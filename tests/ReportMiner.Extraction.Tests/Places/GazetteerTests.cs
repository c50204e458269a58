using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Fact]
    public void A_district_implies_its_city_and_province() =>
        Assert.Equal(new PlaceMatch("湖南省", "长沙市", "岳麓区"), Places.Resolve("长沙市岳麓区88712345话务员服务外包项目"));

    [Fact]
    public void A_district_named_alone_still_gives_its_city() =>
        Assert.Equal(new PlaceMatch("湖南省", "长沙市", "岳麓区"), Places.Resolve("岳麓区政务服务中心"));

    [Fact]
    public void A_district_name_several_cities_share_named_alone_gives_no_city() =>
        Assert.Equal(new PlaceMatch(null, null, "青山区"), Places.Resolve("项目主管部门 青山区教育局"));

    [Fact]
    public void A_shared_district_name_beside_its_city_gives_that_city() =>
        Assert.Equal(new PlaceMatch("湖北省", "武汉市", "青山区"), Places.Resolve("武汉市青山区教育局"));

    [Theory]
    [InlineData("彭水自治县2024年农村道路养护资金", "重庆市", "重庆市", "彭水苗族土家族自治县")]
    [InlineData("积石山自治县农业农村局", "甘肃省", "临夏回族自治州", "积石山保安族东乡族撒拉族自治县")]
    [InlineData("长阳自治县财政局", "湖北省", "宜昌市", "长阳土家族自治县")]
    public void An_autonomous_county_named_by_its_stem_and_自治县_is_that_county(string text, string province, string city, string district) =>
        Assert.Equal(new PlaceMatch(province, city, district), Places.Resolve(text));

    [Fact]
    public void A_municipality_is_its_own_province_and_city() =>
        Assert.Equal(new PlaceMatch("北京市", "北京市", "丰台区"), Places.Resolve("丰台区聘用人员工资及管理费用"));

    [Theory]
    [InlineData("上海市人力资源和社会保障局", "上海市", "上海市")]
    [InlineData("重庆市12345热线", "重庆市", "重庆市")]
    [InlineData("益阳市政府办市长热线集中受理中心", "湖南省", "益阳市")]
    [InlineData("广州市12345政府服务热线", "广东省", "广州市")]
    [InlineData("廣州市政務服務數據管理局", "广东省", "广州市")]
    [InlineData("長沙市12345熱線", "湖南省", "长沙市")]
    [InlineData("臺北市政府", "台湾省", "台北市")]
    [InlineData("湘西土家族苗族自治州", "湖南省", "湘西土家族苗族自治州")]
    [InlineData("湘西州财政局", "湖南省", "湘西土家族苗族自治州")]
    public void A_city_resolves_with_its_province(string text, string province, string city)
    {
        var match = Places.Resolve(text)!;
        Assert.Equal((province, city), (match.Province, match.City));
    }

    [Theory]
    [InlineData("海南省文昌市水务局", "海南省", "文昌市")]
    [InlineData("琼中黎族苗族自治县财政局", "海南省", "琼中黎族苗族自治县")]
    [InlineData("仙桃市人社局", "湖北省", "仙桃市")]
    public void A_county_the_province_governs_directly_is_a_district_of_no_city(string text, string province, string district) =>
        Assert.Equal(new PlaceMatch(province, null, district), Places.Resolve(text));

    [Fact]
    public void A_corps_city_of_xinjiang_stays_a_city() =>
        Assert.Equal(new PlaceMatch("新疆维吾尔自治区", "阿拉尔市", null), Places.Resolve("阿拉尔市财政局"));

    [Fact]
    public void A_province_alone_has_no_city() =>
        Assert.Equal(new PlaceMatch("广东省", null, null), Places.Resolve("广东省财政厅"));

    [Fact]
    public void A_name_shared_by_a_province_and_its_city_means_the_province() =>
        Assert.Equal(new PlaceMatch("吉林省", null, null), Places.Resolve("吉林省12345热线"));

    [Fact]
    public void The_most_specific_consistent_place_wins_over_an_unrelated_one() =>
        Assert.Equal(new PlaceMatch("湖南省", "长沙市", "岳麓区"), Places.Resolve("参照广州市做法，湖南省长沙市岳麓区开展试点"));

    [Fact]
    public void Context_picks_between_districts_of_the_same_name()
    {
        Assert.Equal("长春市", Places.Resolve("吉林省长春市朝阳区")!.City);
        Assert.Equal("北京市", Places.Resolve("北京市朝阳区")!.City);
    }

    [Fact]
    public void The_longest_name_is_read_first_so_a_city_does_not_become_a_district() =>
        // 长沙市岳麓区 contains 沙市区 (a district of 荆州) across the boundary.
        Assert.Equal("长沙市", Places.Resolve("长沙市岳麓区")!.City);

    [Theory]
    [InlineData("12345政府服务热线人工坐席服务外包项目")]
    [InlineData("城区道路保洁")]
    [InlineData("感谢来宾来电咨询")]
    [InlineData("")]
    public void Text_without_a_place_gives_none(string text) => Assert.Null(Places.Resolve(text));

    [Theory]
    [InlineData("广州", "广州市")]
    [InlineData("广州市", "广州市")]
    [InlineData("廣州", "广州市")]
    [InlineData("Guangzhou", "广州市")]
    [InlineData("guangzhou", "广州市")]
    [InlineData("Guang Zhou City", "广州市")]
    [InlineData("Beijing", "北京市")]
    [InlineData("北京", "北京市")]
    [InlineData("shanghai", "上海市")]
    [InlineData("Fuzhou", "福州市")]
    [InlineData("Huangshi", "黄石市")]
    [InlineData("changsha", "长沙市")]
    [InlineData("yiyang", "益阳市")]
    [InlineData("吉林", "吉林市")]
    [InlineData("岳麓区", "长沙市")]
    [InlineData("Wulumuqi", "乌鲁木齐市")]
    [InlineData("nowhere", null)]
    public void User_input_normalizes_to_the_official_city(string input, string? city) =>
        Assert.Equal(city, Places.NormalizeCity(input));

    [Fact]
    public void Every_prefecture_level_city_has_a_province_and_pinyin_lookup()
    {
        var cities = Places.Places.Where(p => p.Level == PlaceLevel.City).ToArray();
        Assert.True(cities.Length >= 333, $"only {cities.Length} cities");
        Assert.All(cities, c => Assert.Equal(PlaceLevel.Province, c.Parent!.Level));
        Assert.Equal(34, Places.Places.Count(p => p.Level == PlaceLevel.Province));
    }
}
