namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A development zone a portal names as the publisher of a report that names no office of its own.</summary>
public sealed class ZonePublisherTests
{
    [Fact]
    public void A_placed_development_zone_run_into_the_next_field_is_the_department()
    {
        var project = new Docs()
            .Para("2020年度食品安全专项整治项目绩效评价报告")
            .Para("发布时间:2021-10-12 09:54信息来源: 芜湖经济技术开发区阅读次数: 字体:【")
            .Para("一、项目基本情况")
            .Para("本项目全年预算120万元，已全部拨付。")
            .Single();
        Assert.Equal("芜湖经济技术开发区", project.Department);
    }

    [Fact]
    public void The_zones_committee_a_label_names_comes_before_the_zone_the_portal_names()
    {
        var project = new Docs()
            .Para("2020年度食品安全专项整治项目绩效评价报告")
            .Para("发布时间:2021-10-12 09:54信息来源: 芜湖经济技术开发区阅读次数: 字体:【")
            .Para("一、项目基本情况")
            .Para("主管部门:芜湖经济技术开发区管委会")
            .Single();
        Assert.Equal("芜湖经济技术开发区管委会", project.Department);
    }

    [Fact]
    public void A_zone_that_names_no_place_is_no_department()
    {
        var project = new Docs()
            .Para("2020年度食品安全专项整治项目绩效评价报告")
            .Para("发布时间:2021-10-12 09:54信息来源: 经济技术开发区阅读次数: 字体:【")
            .Para("一、项目基本情况")
            .Para("本项目全年预算120万元，已全部拨付。")
            .Single();
        Assert.Null(project.Department);
    }
}
