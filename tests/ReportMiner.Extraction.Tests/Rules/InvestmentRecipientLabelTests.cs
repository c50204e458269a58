namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The central budget investment form's 下达地方或单位: the government or unit the money is passed down to.</summary>
public sealed class InvestmentRecipientLabelTests
{
    [Fact]
    public void The_unit_the_investment_is_passed_down_to_is_the_department()
    {
        var project = new Docs()
            .Para("天津市农业绿色发展专项2022年中央预算内投资计划绩效目标表")
            .Table("专项名称\t农业绿色发展专项", "下达地方或单位\t宝坻区人民政府", "下达中央预算内投资(万元)\t2350")
            .Single();
        Assert.Equal("宝坻区人民政府", project.Department);
    }

    [Fact]
    public void A_bare_place_the_investment_is_passed_down_to_is_no_department()
    {
        var project = new Docs()
            .Para("天津市农业绿色发展专项2022年中央预算内投资计划绩效目标表")
            .Table("专项名称\t农业绿色发展专项", "下达地方或单位\t宝坻区", "下达中央预算内投资(万元)\t2350")
            .Single();
        Assert.Null(project.Department);
    }
}
