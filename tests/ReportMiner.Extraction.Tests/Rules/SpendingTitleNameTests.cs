namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A budget line may be named for what it pays ("村管费支出", "部门整体支出"): a title's subject ending in 支出 names it, also
/// where the title wraps before its report type.
/// </summary>
public sealed class SpendingTitleNameTests
{
    [Fact]
    public void A_spending_line_above_a_bare_report_title_names_the_project()
    {
        var project = new Docs()
            .Para("桃江县2021年度村级公务费支出")
            .Para("绩效评价报告")
            .Para("一、项目概况")
            .Para("全镇村级公务费共支付392万元。")
            .Single();
        Assert.Equal("村级公务费支出", project.Name);
    }

    [Fact]
    public void A_title_on_the_year_s_spending_in_general_names_no_project()
    {
        var project = new Docs()
            .Para("桃江县2021年度财政支出绩效评价报告")
            .Para("一、基本情况")
            .Para("全县共支付392万元。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }
}
