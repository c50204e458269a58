namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Final accounts state the money taken in apart from the money spent: the revenue is not the spending.</summary>
public sealed class AccountsRevenueTests
{
    [Fact]
    public void Revenue_of_the_final_accounts_is_not_the_spending()
    {
        var project = new Docs()
            .Para("一、部门整体支出情况")
            .Para("当年决算收入总额1036万元，决算支出1060万元。")
            .Single();
        Assert.Equal(1060, project.ActualWan);
    }

    [Fact]
    public void Spending_of_the_final_accounts_named_with_revenue_stays_the_spending()
    {
        var project = new Docs()
            .Para("一、部门整体支出情况")
            .Para("全年收入支出决算数为860万元。")
            .Single();
        Assert.Equal(860, project.ActualWan);
    }
}
