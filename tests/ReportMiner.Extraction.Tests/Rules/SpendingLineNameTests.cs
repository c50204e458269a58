namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A county target form names its project in a 项目支出名称 cell: that cell, not the page title, is the name.</summary>
public sealed class SpendingLineNameTests
{
    [Fact]
    public void A_spending_line_name_cell_names_the_project_under_a_unit_budget_title()
    {
        var project = new Docs()
            .Para("某县疾病预防控制中心2025年度预算项目支出绩效目标表")
            .Table(
                "项目支出名称\t基本公共卫生服务专项\t部门预算\t70.00",
                "年度本级预算金额\t70.00",
                "项目支出实施期\t2025年")
            .Single();
        Assert.Equal("基本公共卫生服务专项", project.Name);
    }
}
