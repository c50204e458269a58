namespace ReportMiner.Extraction.Tests.Rules;

public sealed class ProseSpendingVerbTests
{
    private static ReportMiner.Extraction.Records.ProjectRecord Report(string sentence) =>
        Assert.Single(new Docs()
            .Para("某县2023年优抚对象补助项目绩效自评报告")
            .Para("一、资金投入情况分析")
            .Para(sentence)
            .Extract().Projects);

    [Theory]
    [InlineData("2023年收到财政资金共120.5万元，其中中央资金80万元，地方资金40.5万元2023年支出118.2万元，其中中央资金77.7万元。", 118.2)]
    [InlineData("全年安排补助资金120.5万元，资金已全部到位。补助资金支付118.2万元，未支付2.3万元。", 118.2)]
    [InlineData("下达补助资金120.5万元。全年共完成发放补助资金118.2万元。", 118.2)]
    public void Money_a_year_or_the_funds_spent_or_handed_out_right_before_the_amount_is_the_spending(string sentence, double actual)
    {
        var project = Report(sentence);
        Assert.Equal(120.5, project.BudgetWan);
        Assert.Equal(actual, project.ActualWan);
    }

    [Theory]
    [InlineData("2023年部门年初预算支出120.5万元。")]
    [InlineData("下达补助资金120.5万元，计划发放补助资金118.2万元。")]
    [InlineData("下达补助资金120.5万元，其中基本支出118.2万元。")]
    public void A_budgeted_planned_or_categorised_spending_is_not_the_spending(string sentence) =>
        Assert.Null(Report(sentence).ActualWan);
}
