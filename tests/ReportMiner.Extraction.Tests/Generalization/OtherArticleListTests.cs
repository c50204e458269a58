using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A stored web page ends with links to the site's other articles (相关文章, 上一篇/下一篇): other documents' titles,
/// whose places, years and report words are not this page's.
/// </summary>
public sealed class OtherArticleListTests
{
    [Fact]
    public void A_news_item_whose_related_articles_are_reports_stays_news_with_no_project()
    {
        var record = new Docs().Para("区财政局召开预算绩效管理工作推进会")
            .Para("6月3日，区财政局召开全区预算绩效管理工作推进会。会议通报了上年度项目支出绩效自评情况，局长出席会议并讲话。他表示，要强化评价结果应用。")
            .Para("相关文章")
            .Para("某县2022年度农村饮水安全项目绩效自评报告")
            .Para("某区2022年部门整体支出绩效评价报告")
            .Extract();
        Assert.NotEqual("performance_report", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void The_previous_articles_title_gives_no_project_name_nor_place()
    {
        var record = new Docs().Para("某市政务热线获评服务质量优秀单位")
            .Para("日前，全国政务热线服务质量评估结果公布，某市政务服务便民热线获评优秀单位。据了解，今年以来该热线接通率保持在95%以上。")
            .Para("上一篇：益阳市12345热线2022年度项目支出绩效自评报告")
            .Para("下一篇")
            .Para("衡阳市召开政务服务工作会议")
            .Extract();
        Assert.NotEqual("performance_report", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_reports_related_articles_give_it_no_year_and_leave_its_own_text_alone()
    {
        var project = new Docs().Para("湘潭县农村公路养护项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("该项目年度预算资金300万元，实际支出288万元，预算执行率96%。项目由县交通运输局组织实施，完成养护里程420公里。")
            .Para("相关链接")
            .Para("益阳市2021年度部门整体支出绩效评价报告")
            .Single();
        Assert.Equal("湘潭县", project.District);
        Assert.Equal(300, project.BudgetWan);
        Assert.Null(project.Year);
    }
}
