namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The year of a line near the top that states a budget year (YYYY年度), not of a notice it cites before it.</summary>
public sealed class BudgetYearLineTests
{
    [Fact]
    public void A_line_stating_a_budget_year_gives_that_year_rather_than_the_cited_notices_year_before_it()
    {
        var project = new Docs()
            .Para("根据《某省财政厅关于开展2025年专项债券项目绩效评价工作的通知》要求，某县水利局2024年度专项债券项目资金绩效评价情况如下。")
            .Para("本年共评价项目1个，评价结果为优。")
            .Single();
        Assert.Equal(2024, project.Year);
    }
}
