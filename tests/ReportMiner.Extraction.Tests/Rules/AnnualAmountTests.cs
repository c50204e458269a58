namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A target form's funds block names the year's money 年度金额 ("资金情况 | 年度金额: | 15", "中央补助年度金额(万元) | 158.18"),
/// as R141, R240 and R423 of the real corpus do: it is the project's budget.
/// </summary>
public sealed class AnnualAmountTests
{
    [Fact]
    public void The_annual_amount_of_a_target_forms_funds_block_is_the_budget()
    {
        var project = new Docs()
            .Para("2023年度乡村文化活动补助资金绩效目标表")
            .Table(
                "项目名称\t乡村文化活动补助资金\t<",
                "主管部门\t某县文化和旅游局\t<",
                "资金情况(万元)\t年度金额:\t36.5",
                "^\t其中:中央补助\t30",
                "^\t地方资金\t6.5")
            .Single();
        Assert.Equal(36.5, project.BudgetWan);
    }

    [Fact]
    public void An_annual_amount_labelled_with_its_source_is_the_budget_too()
    {
        var project = new Docs()
            .Para("2023年度乡村文化活动补助资金绩效目标表")
            .Table(
                "资金名称\t乡村文化活动补助资金\t主管部门\t某县文化和旅游局",
                "中央补助年度金额(万元)\t42.8\t<\t<")
            .Single();
        Assert.Equal(42.8, project.BudgetWan);
    }
}
