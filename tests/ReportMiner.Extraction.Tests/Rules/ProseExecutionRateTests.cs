namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The share of the budget spent goes by several names in prose; each gives the execution rate.</summary>
public sealed class ProseExecutionRateTests
{
    [Theory]
    [InlineData("项目资金80万元，到位资金支出完成率为96.5%。")]
    [InlineData("资金预算80万元，支付率96.5%。")]
    [InlineData("项目预算80万元，全年支出完成预算的96.5%。")]
    [InlineData("项目预算80万元，实际使用资金77.2万元，资金使用率96.5%。")]
    [InlineData("项目预算80万元，实际形成支出77.2万元，支出率96.5%。")]
    public void A_named_share_of_the_budget_spent_is_the_execution_rate(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para(sentence)
            .Single();
        Assert.Equal(96.5, project.ExecutionRatePct);
    }

    [Fact]
    public void A_payment_rate_whose_subject_is_named_before_it_is_not_the_execution_rate()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元，护林员工资按时支付率96.5%。")
            .Single();
        Assert.Null(project.ExecutionRatePct);
    }

    [Fact]
    public void The_use_rate_of_something_other_than_the_money_is_not_the_execution_rate()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元，设备使用率96.5%，病床周转支出率96.5%。")
            .Single();
        Assert.Null(project.ExecutionRatePct);
    }
}
