namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A province's office reports at province level: the cities and counties its prose names are not its place.</summary>
public sealed class ProvinceScopeTests
{
    [Fact]
    public void The_cities_a_province_office_sampled_are_not_the_place_of_its_report()
    {
        var project = new Docs()
            .Para("黑龙江省林业厅2016年林业补助资金绩效评价报告")
            .Para("评价工作以材料核查、访谈、选点抽查为基础。按照规定抽查比例，选取哈尔滨市、五常市、北安市3个市、县进行现场勘查，对黑龙江省林业厅2016年林业补助资金进行评价。")
            .Single();
        Assert.Equal("黑龙江省林业厅", project.Department);
        Assert.Equal("黑龙江省", project.Province);
        Assert.Null(project.City);
        Assert.Null(project.District);
    }

    [Fact]
    public void The_postal_address_of_a_province_office_is_not_the_place_of_its_project()
    {
        var project = new Docs()
            .Para("服务贸易项目绩效自评表")
            .Table("项目名称\t服务贸易项目", "主管部门\t省商务厅", "地址\t海口市国兴大道省政府办公楼2楼\t邮编\t570204")
            .Single();
        Assert.Equal("海南省", project.Province);
        Assert.Null(project.City);
    }

    [Fact]
    public void A_city_the_form_of_a_province_office_names_stays_the_place_of_its_project()
    {
        var project = new Docs()
            .Para("项目支出绩效目标表")
            .Table("项目名称\t全国智慧图书馆体系建设", "主管部门\t福建省文化和旅游厅", "实施单位\t莆田市图书馆")
            .Single();
        Assert.Equal("福建省", project.Province);
        Assert.Equal("莆田市", project.City);
    }
}
