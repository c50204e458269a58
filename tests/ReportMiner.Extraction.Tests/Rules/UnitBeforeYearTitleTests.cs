namespace ReportMiner.Extraction.Tests.Rules;

public sealed class UnitBeforeYearTitleTests
{
    [Fact]
    public void A_federation_and_the_year_before_a_title_name_are_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("中方县残联2022年度残疾人康复项目支出绩效自评报告")
            .Para("一、基本情况")
            .Para("项目资金50万元。")
            .Single();
        Assert.Equal("残疾人康复项目", project.Name);
    }

    [Fact]
    public void A_federation_written_in_full_before_the_year_is_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("泸西县妇女联合会2018年妇女儿童维权专项资金项目绩效评价报告")
            .Para("一、基本情况")
            .Para("项目资金3万元。")
            .Single();
        Assert.Equal("妇女儿童维权专项资金项目", project.Name);
    }
}
