namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// One level of government's matching share (配套资金) is not the project's money, and money said to be used
/// (使用…资金) is its spending.
/// </summary>
public sealed class MatchingAndUsedFundsTests
{
    [Theory]
    [InlineData("县财政安排配套资金30万元。")]
    [InlineData("县财政配套40万元，资金到位率达100%。")]
    public void One_levels_matching_share_is_not_the_budget(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para(sentence)
            .Para("下达项目资金80万元。")
            .Single();
        Assert.Equal(80, project.BudgetWan);
    }

    [Fact]
    public void Matching_funds_stated_with_the_central_grant_are_the_whole()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("下达中央、省配套资金495万元。")
            .Single();
        Assert.Equal(495, project.BudgetWan);
    }

    [Fact]
    public void Money_used_right_before_the_amount_is_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算120万元。")
            .Para("全年共救助207人次，使用救助资金113.5万元。")
            .Single();
        Assert.Equal(113.5, project.ActualWan);
    }

    [Fact]
    public void Funds_pooled_for_use_are_not_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算303万元。")
            .Para("本项目为统筹整合使用财政涉农资金303万元。")
            .Single();
        Assert.Null(project.ActualWan);
    }

    [Fact]
    public void Funds_available_for_use_are_not_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算500万元。")
            .Para("本项目可使用资金300万元。")
            .Single();
        Assert.Null(project.ActualWan);
    }
}
