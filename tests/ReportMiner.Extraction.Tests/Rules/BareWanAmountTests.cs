namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Prose may drop the 元 of 万元 ("执行数29.6万，", "安排资金19204.096万。"): before punctuation a bare 万 is the unit, and
/// the words before the amount decide what it is, as for 万元. Before a word or a unit (6.7万人, 2.1万㎡, 1.5万t) it is no money.
/// </summary>
public sealed class BareWanAmountTests
{
    [Fact]
    public void A_figure_in_bare_wan_named_as_spending_is_the_actual_spending()
    {
        var project = new Docs()
            .Para("残疾人事业发展补助资金2023年度绩效自评报告")
            .Para("一、资金投入情况分析")
            .Para("投入中央直达资金30万元，执行数29.6万，执行率98.7%。")
            .Single();
        Assert.Equal(29.6, project.ActualWan);
    }

    [Fact]
    public void A_figure_in_bare_wan_named_as_granted_funds_is_the_budget()
    {
        var project = new Docs()
            .Para("残疾人事业发展补助资金2023年度绩效自评报告")
            .Para("一、资金投入情况分析")
            .Para("2023年，用于乡村振兴建设任务安排资金19204.096万。")
            .Single();
        Assert.Equal(19204.096, project.BudgetWan);
    }

    [Theory]
    [InlineData("我镇人口6.7万人，辖15个行政村。")]
    [InlineData("服务群众约3万，满意度较高。")]
    [InlineData("安排资金完成道路硬化2.1万㎡。")]
    [InlineData("下达资金收购储备粮1.5万t，保障粮食安全。")]
    public void A_count_in_wan_is_no_money(string sentence)
    {
        var project = new Docs()
            .Para("村管费支出2021年度绩效自评报告")
            .Para("一、项目基本情况")
            .Para(sentence)
            .Single();
        Assert.Null(project.BudgetWan);
        Assert.Null(project.ActualWan);
    }

    [Fact]
    public void A_funding_gap_is_not_the_budget()
    {
        var project = new Docs()
            .Para("老旧小区改造项目2020年度绩效自评报告")
            .Para("一、项目资金情况")
            .Para("梅苑路老旧小区改造项目缺口资金6万，拟由县级财政补足。")
            .Single();
        Assert.Null(project.BudgetWan);
    }
}
