namespace ReportMiner.Extraction.Tests.Rules;

public sealed class RequestedMoneyTests
{
    private static ReportMiner.Extraction.Records.ProjectRecord Report(string sentence) =>
        Assert.Single(new Docs()
            .Para("某区全民健身设施维护项目绩效目标申报表")
            .Para("一、项目基本情况")
            .Para(sentence)
            .Extract().Projects);

    [Theory]
    [InlineData("为推动全民健身发展，现申请体育彩票公益金350万元。", 350)]
    [InlineData("本年度申请全民健身设施维护经费12万", 12)]
    public void The_money_a_unit_requests_is_the_projects_budget(string sentence, double budget) =>
        Assert.Equal(budget, Report(sentence).BudgetWan);

    [Fact]
    public void Money_already_applied_for_and_paid_is_not_the_budget() =>
        Assert.NotEqual(96, Report("项目已申请专项债券资金支付96万元。").BudgetWan);
}
