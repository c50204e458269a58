namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>An amount given per person, household, village or mu is a standard rate, not the project's money.</summary>
public sealed class PerUnitAmountTests
{
    [Theory]
    [InlineData("村级公务经费按人口数10元每户拨付。")]
    [InlineData("培训资金按400元/人安排。")]
    [InlineData("每村每年安排补助资金4400元。")]
    [InlineData("每月下达补助资金2万元。")]
    [InlineData("每个月下达补助资金2万元。")]
    [InlineData("补助资金按3000元/月下达。")]
    public void An_amount_per_household_person_village_or_month_is_not_the_budget(string sentence)
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para(sentence)
            .Para("项目预算80万元。")
            .Single();
        Assert.Equal(80, project.BudgetWan);
    }

    [Fact]
    public void A_total_stated_beside_its_standard_rate_is_still_the_budget()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("培训资金按400元/人安排，共下达资金12万元。")
            .Single();
        Assert.Equal(12, project.BudgetWan);
    }

    [Fact]
    public void An_amount_per_year_is_not_taken_for_a_rate()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("下达项目资金20万元/年。")
            .Single();
        Assert.Equal(20, project.BudgetWan);
    }

    [Fact]
    public void An_amount_for_each_year_is_not_taken_for_a_rate()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("每个年度安排项目资金20万元。")
            .Single();
        Assert.Equal(20, project.BudgetWan);
    }

    [Fact]
    public void An_amount_for_each_grade_is_a_rate_though_its_words_begin_as_each_years_do()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("每个年级安排补助资金2万元。")
            .Para("项目预算80万元。")
            .Single();
        Assert.Equal(80, project.BudgetWan);
    }
}
