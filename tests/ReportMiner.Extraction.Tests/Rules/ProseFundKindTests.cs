namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// 转移支付资金 names a kind of fund (a transfer payment from a higher government), not money paid out: granted
/// ("下达…转移支付资金"), it is the budget.
/// </summary>
public sealed class ProseFundKindTests
{
    [Fact]
    public void Transfer_payment_funds_granted_are_the_budget_not_the_spending()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("2022年度，中央分两批向我区下达城乡居民基本养老保险转移支付资金672385万元，有效保障了基础养老金按时足额发放。")
            .Single();
        Assert.Equal(672385, project.BudgetWan);
        Assert.Null(project.ActualWan);
    }

    [Fact]
    public void The_spending_stated_after_a_granted_transfer_payment_is_read_as_spending()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("2024年度，中央分三批下达城乡居民基本养老保险转移支付资金900304万元。")
            .Para("2024年，城乡居民基本养老保险全年预算数1437530.39万元，全区执行数1042971.58万元。")
            .Single();
        Assert.Equal(1437530.39, project.BudgetWan);
        Assert.Equal(1042971.58, project.ActualWan);
    }

    [Fact]
    public void Funds_paid_out_are_still_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元，支付资金36.5万元。")
            .Single();
        Assert.Equal(36.5, project.ActualWan);
    }

    [Fact]
    public void What_a_bracket_opened_by_han_lists_is_a_part_not_the_spending()
    {
        var project = new Docs()
            .Para("一、资金投入情况分析")
            .Para("2022年，我区城乡居民基本养老保险全年预算数1080245.79万元，全区执行数1032849.44(含中央资金689139.31万元，地方资金332524.99万元)，总预算执行率95.61%。")
            .Single();
        Assert.Equal(1080245.79, project.BudgetWan);
        Assert.Null(project.ActualWan);
        Assert.Equal(95.61, project.ExecutionRatePct);
    }
}
