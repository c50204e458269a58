namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A prose report gives the size of its funds by writing the amount straight after their name (R837, R366, R490): with
/// no other budget, that amount is the project's budget.
/// </summary>
public sealed class NamedFundsAmountTests
{
    [Fact]
    public void The_amount_written_right_after_the_projects_name_is_its_budget()
    {
        var project = new Docs()
            .Para("2017年度湖南省中小企业发展专项资金绩效自评报告")
            .Para("二、评价对象")
            .Para("本次评价对象为湖南省中小企业发展专项资金16750万元，主要用于支持中小企业公共服务体系建设。")
            .Single();
        Assert.Equal(16750, project.BudgetWan);
    }

    [Fact]
    public void Funds_called_经费_instead_of_资金_are_the_same_funds()
    {
        var project = new Docs()
            .Para("2020年度教育专项资金绩效自评报告")
            .Para("二、项目单位绩效报告情况")
            .Para("2020年教育专项经费7177.5万元，全面保障了全县教职工的工资发放。")
            .Single();
        Assert.Equal(7177.5, project.BudgetWan);
    }

    [Fact]
    public void Another_years_amount_after_the_name_is_not_the_budget()
    {
        var project = new Docs()
            .Para("2021年度葡萄酒产业发展项目绩效评价报告")
            .Para("一、项目概况")
            .Para("2020年葡萄酒产业发展项目12000万元已评价完毕，本次评价其后续实施情况。")
            .Single();
        Assert.Null(project.BudgetWan);
    }
}
