namespace ReportMiner.Extraction.Tests.Rules;

public sealed class EstimatedInvestmentTests
{
    [Fact]
    public void An_estimated_investment_is_not_the_budget_the_money_granted_after_it_is()
    {
        var project = Assert.Single(new Docs()
            .Para("某区污水管网改造工程项目2021年度绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("某区污水管网改造工程项目估算投资3150.6万元，区财政通过专项债券安排资金860万元。")
            .Extract().Projects);
        Assert.Equal(860, project.BudgetWan);
    }

    [Fact]
    public void A_works_estimate_alone_gives_no_budget()
    {
        var project = Assert.Single(new Docs()
            .Para("某县农贸市场建设项目2019年度绩效自评报告")
            .Para("(七)总投资及资金来源：项目估算投资9800万元，资金来源为专项债券。")
            .Extract().Projects);
        Assert.Null(project.BudgetWan);
    }
}
