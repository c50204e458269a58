namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A self-evaluation form's funds row heads the budget 计划安排资金 beside 实际到位资金 and 实际支出 (R433 of the real
/// corpus, a city finance bureau's 自评报告 template on a public page, a provincial fund's summary sheet).
/// </summary>
public sealed class PlannedFundsLabelTests
{
    [Fact]
    public void The_money_a_self_evaluation_form_plans_beside_what_came_and_was_spent_is_the_budget()
    {
        var project = new Docs()
            .Para("某市财政支出项目绩效评价自评报告")
            .Para("项目名称 社区养老服务补助项目")
            .Para("一、项目基本概况")
            .Table(
                "项目负责人\t张三\t联系电话\t1234567",
                "计划安排资金(万元)\t120\t实际到位资金(万元)\t100\t实际支出(万元)\t96.5\t结余(万元)\t3.5",
                "其中:中央财政\t其中:中央财政\t其中:中央财政\t其中:中央财政")
            .Single();
        Assert.Equal(120, project.BudgetWan);
        Assert.Equal(96.5, project.ActualWan);
    }
}
