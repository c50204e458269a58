namespace ReportMiner.Extraction.Tests.Rules;

public sealed class ProseListedProjectsTests
{
    [Fact]
    public void A_units_report_that_counts_and_lists_its_projects_in_one_sentence_gives_one_project_each()
    {
        var record = new Docs()
            .Para("某县档案局2023年度项目支出绩效自评报告")
            .Para("一、基本情况")
            .Para("2023年，县财政局批复我局预算项目3个，项目经费共计58.5万元，具体包括：档案数字化加工经费30万元、库房安防系统维护经费8.5万元、馆藏档案抢救保护经费20万元。")
            .Para("二、绩效目标完成情况")
            .Extract();
        Assert.Equal(["档案数字化加工经费", "库房安防系统维护经费", "馆藏档案抢救保护经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([30, 8.5, 20], record.Projects.Select(p => p.BudgetWan!.Value));
        Assert.All(record.Projects, p =>
        {
            Assert.Equal(2023, p.Year);
            Assert.Equal("self_evaluation", p.ReportKind);
            Assert.Equal("某县档案局", p.Department);
        });
    }

    [Fact]
    public void A_named_projects_parts_listed_with_their_money_stay_one_project()
    {
        var record = new Docs()
            .Para("某市现代农业产业园项目2022年度绩效自评报告")
            .Para("2022年中央财政专项资金2000万元，计划实施3个项目，其中：园区服务中心建设项目500万元、冷链物流设施建设项目900万元、品牌推广项目600万元。")
            .Extract();
        Assert.EndsWith("现代农业产业园项目", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_whole_department_reports_spending_lines_are_not_projects()
    {
        var record = new Docs()
            .Para("某县政协2021年度部门整体支出绩效评价报告")
            .Para("项目支出包括委员活动经费36万元，信息网络运行经费5万元，调研协商经费10万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void The_items_a_project_spending_total_is_split_into_are_projects_without_a_count()
    {
        var record = new Docs()
            .Para("项目绩效自评报告")
            .Para("(二)资金安排情况")
            .Para("2022年某市农业农村局部门预算项目支出45万元，分别是农技推广培训经费20万元，农产品质量检测费15万元，动物疫病监测工作经费10万元。")
            .Extract();
        Assert.Equal(["农技推广培训经费", "农产品质量检测费", "动物疫病监测工作经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([20, 15, 10], record.Projects.Select(p => p.BudgetWan!.Value));
    }

    [Fact]
    public void Funding_sources_a_total_is_split_into_are_not_projects()
    {
        var record = new Docs()
            .Para("项目绩效自评报告")
            .Para("项目资金总预算为100万元，其中中央补助资金60万元，县级配套资金40万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_total_split_by_funding_source_is_not_a_list_of_projects()
    {
        var record = new Docs()
            .Para("某市2022年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告")
            .Para("2022年度安排财政衔接资金134.3万元，其中中央资金73万元、省级资金43万元，建设2个项目。")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.NotEqual("其中中央资金", project.Name);
    }
}
