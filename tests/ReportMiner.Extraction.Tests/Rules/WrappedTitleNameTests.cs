namespace ReportMiner.Extraction.Tests.Rules;

public sealed class WrappedTitleNameTests
{
    private const string WaterTitle = "农村饮水安全维修养护经费项目绩效自评报告";
    private const string WaterName = "农村饮水安全维修养护经费项目";

    // A two-line report opening: the line above, the title line, a section heading and a sentence with the money.
    private static string? NameOf(string above, string title, string body = "项目资金50万元。") =>
        new Docs().Para(above).Para(title).Para("一、基本情况").Para(body).Single().Name;

    [Fact]
    public void A_title_wrapped_after_its_office_and_year_goes_on_from_the_line_above() =>
        Assert.Equal("林业草原改革发展资金", NameOf("雅安市名山区林业局2024年度林业草", "原改革发展资金绩效评价表"));

    [Fact]
    public void A_title_wrapped_after_about_goes_on_from_the_line_above() =>
        Assert.Equal("中央支持地方公共文化服务体系建设补助资金", NameOf("某某市文化和旅游局关于中央支持地方公共文化服务体", "系建设补助资金支出绩效的自评报告"));

    [Fact]
    public void A_title_wrapped_inside_a_name_that_a_place_opens_goes_on_from_the_line_above() =>
        Assert.Equal("银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目", NameOf("银川市兴庆区月牙湖乡滨河家园垃圾转运", "站提升改造项目绩效自评报告"));

    [Fact]
    public void An_office_line_alone_above_a_title_is_not_part_of_the_name() =>
        Assert.Equal(WaterName, NameOf("泸县水务局", WaterTitle));

    [Fact]
    public void A_cited_notice_above_a_title_is_not_part_of_the_name() =>
        Assert.Equal(WaterName, NameOf("关于开展2022年度绩效自评工作的通知", WaterTitle));

    [Theory]
    [InlineData("泸县第一中学")]
    [InlineData("泸县人民医院")]
    [InlineData("泸县兴泸水务有限公司")]
    [InlineData("泸县财政局文件")]
    public void A_unit_line_above_a_title_is_the_pages_not_the_head_of_the_name(string unitLine) =>
        Assert.Equal(WaterName, NameOf(unitLine, WaterTitle));

    [Theory]
    [InlineData("二〇二三年十二月")]
    [InlineData("2023年12月")]
    public void A_date_line_above_a_title_is_never_the_head_of_the_name(string dateLine) =>
        Assert.Equal(WaterName, NameOf(dateLine, WaterTitle));

    [Fact]
    public void A_line_that_held_only_a_pinyin_reading_above_a_title_leaves_the_title_its_name() =>
        Assert.Equal("公路养护项目", NameOf("(gōng)", "公路养护项目绩效自评报告", "该项目年初预算数120万元，全年执行数114万元。"));

    [Theory]
    [InlineData("澄江市人民政府门户网站欢迎您")]
    [InlineData("澄江市融媒体中心网站首页信息公开")]
    public void A_sites_banner_or_navigation_line_above_a_short_title_is_not_the_head_of_the_name(string siteLine) =>
        Assert.Equal("公路养护项目", NameOf(siteLine, "公路养护项目绩效自评报告", "该项目年初预算数120万元，全年执行数114万元。"));
}
