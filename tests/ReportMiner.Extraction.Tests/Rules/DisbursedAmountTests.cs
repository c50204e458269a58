namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Money a report says has already been paid out (已拨付) is the spending, as R029, R073 and R341 of the real corpus
/// print it, however the words between 已 and 拨付 say it was paid.
/// </summary>
public sealed class DisbursedAmountTests
{
    [Theory]
    [InlineData("2022年已拨付资金36.5万元，已全部投入使用。")]
    [InlineData("区级年初预算80万元专项资金，已严格按合同约定和施工进度及时足额拨付资金36.5万元。")]
    [InlineData("项目已按合同条款及时拨付资金36.5万元。")]
    [InlineData("已按合同约定将资金拨付36.5万元。")]
    [InlineData("项目按照合同进度已支付资金36.5万元，业主单位按办法管理。")]
    [InlineData("2022年已完成支付36.5万元。")]
    public void Money_already_paid_out_is_the_actual_spending(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元。")
            .Para(sentence)
            .Single();
        Assert.Equal(36.5, project.ActualWan);
        Assert.Equal(80, project.BudgetWan);
    }

    [Theory]
    [InlineData("已将上年结转资金拨付20万元。")]
    [InlineData("已将上年结转资金按合同约定拨付20万元。")]
    [InlineData("上年合同已支付20万元。")]
    public void Carried_over_money_the_clause_names_between_already_and_paid_out_is_not_the_spending(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元。")
            .Para(sentence)
            .Single();
        Assert.Null(project.ActualWan);
        Assert.Equal(80, project.BudgetWan);
    }

    [Fact]
    public void A_transfer_payment_already_handed_down_is_not_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("项目预算80万元。")
            .Para("省级已安排转移支付资金20万元。")
            .Single();
        Assert.Null(project.ActualWan);
    }
}
