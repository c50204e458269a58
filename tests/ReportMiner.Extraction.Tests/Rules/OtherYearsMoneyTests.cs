namespace ReportMiner.Extraction.Tests.Rules;

public sealed class OtherYearsMoneyTests
{
    [Fact]
    public void What_the_works_cost_when_built_in_an_earlier_year_is_not_the_budget()
    {
        var project = Assert.Single(new Docs()
            .Para("某县2020年民族体育场运行补助项目绩效自评报告")
            .Para("某县民族体育场于2013年建成，投资总额1631万元，用地面积31860平方米。")
            .Extract().Projects);
        Assert.Equal(2020, project.Year);
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_budget_its_sentence_sets_beside_the_report_years_is_the_earlier_years()
    {
        var project = Assert.Single(new Docs()
            .Para("某县2024年衔接资金项目绩效自评报告")
            .Para("2023年度县本级预算安排的衔接资金为64万元，2024年度县本级预算安排的衔接资金为76万元，指标评价得分7分。")
            .Extract().Projects);
        Assert.Equal(2024, project.Year);
        Assert.Equal(76, project.BudgetWan);
    }

    [Fact]
    public void A_budget_dated_alone_to_another_year_than_a_pages_title_is_still_the_budget()
    {
        var project = Assert.Single(new Docs()
            .Para("2020年农业保险项目绩效评价报告")
            .Para("3.项目资金投入情况：2018年度农业保险专项资金预算金额为5万元，实际申请拨款金额2.1776万元。")
            .Extract().Projects);
        Assert.Equal(5, project.BudgetWan);
    }

    [Fact]
    public void Money_dated_to_the_report_year_as_well_is_still_the_budget()
    {
        var project = Assert.Single(new Docs()
            .Para("某县2022年义务教育经费保障项目绩效自评报告")
            .Para("2021年省财政提前下达2022年义务教育经费保障资金120万元。")
            .Extract().Projects);
        Assert.Equal(120, project.BudgetWan);
    }
}
