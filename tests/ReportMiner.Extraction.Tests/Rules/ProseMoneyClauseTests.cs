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

    [Theory]
    [InlineData("截至年底，专项资金已使用36.5万元，用于设备购置。")]
    [InlineData("会议经费严格按照制度管理，支出资金36.5万元。")]
    [InlineData("支付资金36.5万元，全部用于保障正常运转。")]
    [InlineData("项目预算投入80万元，资金使用36.5万元。")]
    public void Money_said_to_be_spent_paid_or_used_right_before_the_amount_is_the_actual_spending(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元。")
            .Para(sentence)
            .Single();
        Assert.Equal(36.5, project.ActualWan);
    }

    [Fact]
    public void Money_only_planned_to_be_used_is_not_the_actual_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元，下半年计划支出资金36.5万元。")
            .Single();
        Assert.NotEqual(36.5, project.ActualWan);
    }

    [Theory]
    [InlineData("项目资金共60万元，已全部拨付完成。")]
    [InlineData("专项资金60万元全部执行到位。")]
    [InlineData("收到补助资金60万元，并于当月完成全部项目资金支付。")]
    public void An_amount_the_words_after_it_say_was_spent_in_full_is_the_actual_spending(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para(sentence)
            .Single();
        Assert.Equal(60, project.ActualWan);
    }

    [Theory]
    [InlineData("项目资金共60万元，已全部拨付到位。")]
    [InlineData("项目资金共60万元，计划年底前全部支付。")]
    [InlineData("项目资金共60万元，尚未全部支付。")]
    public void An_amount_only_received_or_not_yet_spent_in_full_is_not_the_actual_spending(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para(sentence)
            .Single();
        Assert.Null(project.ActualWan);
    }
}
