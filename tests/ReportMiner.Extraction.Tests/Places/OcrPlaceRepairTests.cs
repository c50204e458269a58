using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class OcrPlaceRepairTests
{
    private static readonly OcrPlaceRepair Repair = OcrPlaceRepair.Default;

    private static string Repaired(string text, params string[] elsewhere) =>
        Repair.Repair(text, Repair.NamedIn(elsewhere.Append(text)));

    [Fact]
    public void A_district_misread_by_one_character_is_put_right_when_the_report_names_its_city() =>
        Assert.Equal("北京市海淀区学院路街道办事处", Repaired("北京市海演区学院路街道办事处"));

    [Fact]
    public void A_county_misread_by_one_character_is_put_right_where_another_line_names_it() =>
        Assert.Equal("来源:旌德县农业农村水利局", Repaired("来源:话德县农业农村水利局", "旌德县2021年农村饮水工程"));

    [Fact]
    public void A_misread_name_that_could_be_two_places_of_the_named_province_is_left_alone() =>
        Assert.Equal("发文单位:哇州市行政审批局", Repaired("发文单位:哇州市行政审批局", "湖北省财政厅"));

    [Fact]
    public void A_misread_name_is_left_alone_when_nothing_in_the_report_names_its_parents() =>
        Assert.Equal("发文单位:哇州市行政审批局", Repaired("发文单位:哇州市行政审批局"));

    [Theory]
    [InlineData("承担全区安全生产综合监督管理", "北京市")]
    [InlineData("2、核心区规划建设", "长沙县")]
    [InlineData("北京市海淀区学院路街道", "北京市")]
    [InlineData("福建省泛珠三角区域合作", "福建省")]
    public void Words_that_are_names_or_near_no_named_place_are_unchanged(string text, string elsewhere) =>
        Assert.Equal(text, Repaired(text, elsewhere));

    [Fact]
    public void A_word_one_character_from_two_names_is_left_alone()
    {
        // 在城市 is one character from 盐城市, 晋城市, 聊城市 and 运城市 alike.
        Assert.Equal("在城市建设中", Repaired("在城市建设中", "江苏省", "山西省", "山东省"));
    }
}
