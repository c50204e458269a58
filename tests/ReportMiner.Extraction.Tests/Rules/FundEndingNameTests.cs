namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A fund paid out to people may be named for the money itself (…备用金, …扶助金): such a name is a project's.</summary>
public sealed class FundEndingNameTests
{
    [Fact]
    public void A_bracketed_name_after_the_title_ending_in_a_relief_fund_names_the_project()
    {
        var project = new Docs()
            .Para("某镇2021年度部门预算项目支出绩效自评报告 (2021年城乡临时救助备用金)")
            .Para("一、项目概况")
            .Para("已兑现困难群众基本生活救助资金1.2万元。")
            .Single();
        Assert.Equal("城乡临时救助备用金", project.Name);
    }

    [Fact]
    public void A_bracketed_line_under_the_title_naming_a_support_payment_names_the_project()
    {
        var project = new Docs()
            .Para("某县卫生健康局2020年度项目支出绩效自评报告")
            .Para("（计划生育家庭特别扶助金）")
            .Para("一、项目基本情况")
            .Single();
        Assert.Equal("计划生育家庭特别扶助金", project.Name);
    }
}
