namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 其中 lists parts of the same kind as its whole: money the sentence then says was spent is the spending, not
/// one more part, unless the whole was spending too.
/// </summary>
public sealed class SpentAfterPartsTests
{
    [Fact]
    public void Money_paid_after_the_parts_of_a_budget_is_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("统筹整合使用财政涉农资金303万元，其中项目管理费3万元，目前项目资金已拨付270万元。")
            .Single();
        Assert.Equal(303, project.BudgetWan);
        Assert.Equal(270, project.ActualWan);
    }

    [Fact]
    public void Money_used_after_the_parts_of_a_count_is_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算120万元。")
            .Para("全年共救助207人次，其中站内救助44人次，站外救助163人次，使用救助资金113.5万元。")
            .Single();
        Assert.Equal(113.5, project.ActualWan);
    }

    [Fact]
    public void The_parts_of_the_spending_stay_parts()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算900万元。")
            .Para("全年实际支出799.12万元，其中人员经费434.89万元，公用经费已支出364.23万元。")
            .Single();
        Assert.Equal(799.12, project.ActualWan);
    }

    [Fact]
    public void Spending_listed_inside_a_bracket_stays_a_part()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("下达项目资金500万元(其中中央资金300万元，已拨付省级资金200万元)。")
            .Single();
        Assert.Null(project.ActualWan);
    }
}
