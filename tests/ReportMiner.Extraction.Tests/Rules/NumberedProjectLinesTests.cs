namespace ReportMiner.Extraction.Tests.Rules;

public sealed class NumberedProjectLinesTests
{
    [Fact]
    public void A_units_projects_listed_one_numbered_line_each_with_their_money_are_projects()
    {
        var record = new Docs()
            .Para("项目运行绩效监控报告")
            .Para("一、项目支出基本情况")
            .Para("某市图书馆2022年年初专项经费指标总额为60万元，其中：")
            .Para("1、古籍保护专项经费指标为30万元，用于馆藏古籍的修复与保管；")
            .Para("2、数字资源采购专项指标为25万元，用于数据库年度订购；")
            .Para("3、阅读推广活动经费指标为5万元，用于全民阅读活动。")
            .Para("二、绩效运行监控工作开展情况")
            .Extract();
        Assert.Equal(["古籍保护专项经费", "数字资源采购专项", "阅读推广活动经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([30, 25, 5], record.Projects.Select(p => p.BudgetWan!.Value));
        Assert.All(record.Projects, p => Assert.Equal("monitoring", p.ReportKind));
    }

    [Fact]
    public void Numbered_lines_of_a_named_projects_work_are_not_projects()
    {
        var record = new Docs()
            .Para("某县高标准农田建设项目2022年度绩效自评报告")
            .Para("1、田间道路工程投资120万元，完成道路8公里；")
            .Para("2、灌溉渠道工程投资80万元，完成渠道5公里。")
            .Extract();
        Assert.Single(record.Projects);
    }
}
