namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 其中 that lists a unit's spending categories goes on past a semicolon: the category after it is one more part of
/// the whole, not the project's spending.
/// </summary>
public sealed class CategoryListPartTests
{
    [Fact]
    public void Project_spending_listed_after_basic_spending_and_a_semicolon_is_a_part()
    {
        var project = new Docs()
            .Para("一、部门整体支出情况")
            .Para("2023年本年财政资金支出合计480万元，其中：基本支出300万元，占62.5%；项目支出180万元，占37.5%。")
            .Single();
        Assert.NotEqual(180, project.ActualWan);
    }

    [Fact]
    public void Spending_after_a_semicolon_under_a_list_of_funds_stays_the_spending()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("下达项目资金200万元，其中中央资金120万元；项目实际支出180万元。")
            .Single();
        Assert.Equal(180, project.ActualWan);
    }
}
