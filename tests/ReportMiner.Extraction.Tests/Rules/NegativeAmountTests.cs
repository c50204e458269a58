namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A figure a report signs negative ("年内调整预算数-159.39万元") is how much the money changed by, never an amount the
/// project has: it fills no budget field.
/// </summary>
public sealed class NegativeAmountTests
{
    [Theory]
    [InlineData("2022年部门年初预算1020.31万元，年内调整预算数-159.39万元。")]
    [InlineData("2022年部门年初预算1020.31万元，年内调整预算数－159.39万元。")]
    public void A_figure_signed_negative_fills_no_budget_field(string sentence)
    {
        var project = new Docs()
            .Para("某县文化旅游局2022年度部门整体支出绩效自评报告")
            .Para("一、部门基本情况")
            .Para(sentence)
            .Single();
        Assert.Equal(1020.31, project.BudgetInitialWan);
        Assert.DoesNotContain(159.39, new[] { project.BudgetWan, project.BudgetAdjustedWan, project.ActualWan });
    }
}
