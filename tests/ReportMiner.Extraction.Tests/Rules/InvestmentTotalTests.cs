namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A form's total investment is the project's budget only where nothing else gives one.</summary>
public sealed class InvestmentTotalTests
{
    [Fact]
    public void A_form_without_a_budget_row_gives_its_total_investment_as_the_budget()
    {
        var project = new Docs().Para("项目支出绩效目标表").Table(
            "项目名称\t乡镇污水管网改造项目\t主管部门\t某县住房和城乡建设局",
            "项目总投资\t86.5万元\t资金性质\t一般公共预算").Single();
        Assert.Equal(86.5, project.BudgetWan);
    }

    [Fact]
    public void The_years_budget_comes_before_the_total_investment_of_several_years()
    {
        var project = new Docs().Para("项目支出绩效目标表").Table(
            "项目名称\t乡镇污水管网改造项目\t主管部门\t某县住房和城乡建设局",
            "项目总投资\t860万元\t项目期\t三年",
            "年度资金总额\t120\t其中：财政拨款\t120").Single();
        Assert.Equal(120, project.BudgetWan);
    }

    [Fact]
    public void A_bare_total_investment_without_a_unit_is_not_read()
    {
        var project = new Docs().Para("项目支出绩效目标表").Table(
            "项目名称\t乡镇污水管网改造项目\t主管部门\t某县住房和城乡建设局",
            "投资总额\t865000\t资金性质\t一般公共预算").Single();
        Assert.Null(project.BudgetWan);
    }
}
