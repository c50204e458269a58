using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Money;

public sealed class SpendingSumTests
{
    private static ReportMiner.Extraction.Records.ProjectRecord Report(string sentence) =>
        Assert.Single(new Docs()
            .Para("某市2022年扶持中小企业发展专项资金绩效评价报告")
            .Para("一、项目基本情况")
            .Para(sentence)
            .Extract().Projects);

    [Theory]
    [InlineData("专项资金年初预算为5430万元，实际支出共计5353.48万元。", 5430, 5353.48)]
    [InlineData("项目年初预算100万元，全年资金支出合计83.84万元。", 100, 83.84)]
    public void A_budget_before_a_sum_of_the_spending_is_not_one_of_its_parts(string sentence, double budget, double actual)
    {
        var project = Report(sentence);
        Assert.Equal(budget, project.BudgetWan);
        Assert.Equal(actual, project.ActualWan);
    }

    [Theory]
    [InlineData("2022年本年财政资金支出合计833.84万元，其中：基本支出121.86万元，项目支出711.98万元。")]
    [InlineData("2022年度财政拨款支出合计833.84万元，预算执行率100%。")]
    public void A_sum_of_the_spending_is_the_spending_not_the_budget(string sentence)
    {
        var project = Report(sentence);
        Assert.Equal(833.84, project.ActualWan);
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_revenue_total_is_not_the_budget() =>
        Assert.Null(Report("2022年本年财政资金收入合计833.84万元，其中：项目支出财政拨款收入711.98万元。").BudgetWan);

    [Fact]
    public void A_units_basic_spending_is_not_the_projects_spending() =>
        Assert.Null(Report("2021年，区动物疫病预防控制中心基本支出127.31万元，主要用于工资和公用经费。").ActualWan);

    [Fact]
    public void A_sum_of_budgets_whose_words_name_no_money_is_the_budget()
    {
        var project = Report("下达新网工程资金134万元(其中示范社项目补助资金40万元)，2018年市本级预算安排专项经费20万元，两项合计154万元，"
            + "其中示范社项目进度滞后未于拨付，实际拨付114万元。");
        Assert.Equal(154, project.BudgetWan);
        Assert.Equal(114, project.ActualWan);
    }
}
