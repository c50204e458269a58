namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The words that decide what a prose amount is are those of its own clause.</summary>
public sealed class ProseMoneyClauseTests
{
    [Theory]
    [InlineData(':')]
    [InlineData('：')]
    public void A_colon_ends_the_clause_so_a_source_listed_after_it_is_not_the_adjusted_budget(char colon)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para($"项目总预算120万元，经调整后资金的来源为{colon}中央补助50万元，县级配套70万元。")
            .Single();
        Assert.Equal(120, project.BudgetWan);
        Assert.Null(project.BudgetAdjustedWan);
    }
}
