using ReportMiner.Extraction.Money;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Money column labels that finance-system templates print and the corpus had not shown (sources in money-labels.tsv).</summary>
public sealed class TemplateMoneyLabelTests
{
    private static ReportMiner.Extraction.Records.ProjectRecord Form(string budgetLabel, string actualLabel) =>
        Assert.Single(new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t乡村公路养护项目",
                $"项目资金（万元）\t{budgetLabel}\t{actualLabel}\t执行率",
                "年度资金总额\t40\t36\t90.00%")
            .Extract().Projects);

    [Fact]
    public void An_execution_amount_column_gives_the_spending()
    {
        Assert.Equal(36, Form("预算数", "实际执行金额").ActualWan);
    }

    [Fact]
    public void An_approved_budget_column_gives_the_budget()
    {
        Assert.Equal(40, Form("预算批复数", "全年执行数").BudgetWan);
    }

    [Theory]
    [InlineData("项目执行金额", MoneyRole.Actual)]
    [InlineData("预算批复数", MoneyRole.Budget)]
    [InlineData("年初批复数", MoneyRole.BudgetInitial)]
    [InlineData("上年执行金额", MoneyRole.None)]
    public void The_template_labels_name_their_money_roles(string label, MoneyRole role) =>
        Assert.Equal(role, MoneyLabels.Of(label));
}
