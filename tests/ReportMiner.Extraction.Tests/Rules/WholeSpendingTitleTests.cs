namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A unit's report on its 整体支出 without the word 部门 ("某局2022年度整体支出绩效自评报告") is a whole-department
/// report, named by the unit and 部门整体支出 (R703, R727, R728).
/// </summary>
public sealed class WholeSpendingTitleTests
{
    [Fact]
    public void A_title_on_a_units_whole_spending_without_bumen_names_the_units_whole_spending()
    {
        var project = new Docs()
            .Para("眉山市青神生态环境局2023年度整体支出绩效自评报告")
            .Para("一、部门概况")
            .Para("（一）机构组成")
            .Single();
        Assert.Equal("眉山市青神生态环境局部门整体支出", project.Name);
    }

    [Fact]
    public void A_title_with_a_space_before_its_year_names_the_units_whole_spending()
    {
        var project = new Docs()
            .Para("重庆市璧山区水利局 2022年度整体支出绩效自评报告")
            .Para("一、基本情况")
            .Single();
        Assert.Equal("重庆市璧山区水利局部门整体支出", project.Name);
    }
}
