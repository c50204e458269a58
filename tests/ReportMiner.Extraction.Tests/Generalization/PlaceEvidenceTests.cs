using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Where a project's place comes from: its form's own words outweigh its prose and the page's other fields.</summary>
public sealed class PlaceEvidenceTests
{
    [Fact]
    public void A_place_the_form_names_beats_another_place_its_prose_mentions()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t农村公路养护工程", "主管部门\t株洲市交通运输局")
            .Para("项目参照浏阳市的做法，组织各县区开展养护检查，全年检查四次。")
            .Single();
        Assert.Equal("株洲市", project.City);
        Assert.Null(project.District);
    }

    [Theory]
    [InlineData("标题：衡阳市2020年度城市管理项目绩效评价报告", null)]
    [InlineData("发布机构：衡阳市城市管理局", "衡阳市")]
    public void Of_the_pages_fields_only_the_publishing_office_names_the_place_of_a_report_that_names_none(string pageField, string? city)
    {
        var project = new Docs().Para(pageField)
            .Para("项目支出绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本单位对环境卫生保洁经费开展了绩效自评，项目预算80万元，实际支出78万元。")
            .Single();
        Assert.Equal(city, project.City);
    }

    [Theory]
    [InlineData("欢迎来到某某文库", null, null)]
    [InlineData("欢迎来到临澧县人民政府门户网站", "常德市", "临澧县")]
    [InlineData("发布机构：临澧县城市管理和综合执法局", "常德市", "临澧县")]
    public void The_portal_or_publisher_names_the_county_of_a_report_that_names_only_its_province(string pageLine, string? city, string? district)
    {
        var project = new Docs().Para(pageLine)
            .Para("数字化城市管理运行项目绩效自评报告")
            .Para("根据湖南省数字化城市管理有关要求，县级数字化城市管理平台与省平台联网运行。")
            .Para("项目预算80万元，实际支出78万元。")
            .Single();
        Assert.Equal("湖南省", project.Province);
        Assert.Equal(city, project.City);
        Assert.Equal(district, project.District);
    }

    [Fact]
    public void A_portals_banner_never_names_the_department()
    {
        var project = new Docs().Para("欢迎来到临澧县人民政府门户网站")
            .Para("数字化城市管理运行项目绩效自评报告")
            .Para("项目预算80万元，实际支出78万元。")
            .Single();
        Assert.Null(project.Department);
    }
}
