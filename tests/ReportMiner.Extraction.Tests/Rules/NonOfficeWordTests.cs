namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A common word that ends as an office does (布局, 格局) after a place name is no department.</summary>
public sealed class NonOfficeWordTests
{
    [Fact]
    public void A_layout_the_province_made_is_not_taken_for_a_bureau()
    {
        var project = new Docs()
            .Para("森林草原航空消防租机补助经费绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2024年四川省共布局12架森林草原航空消防直升机，全年预算1000万元。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_bureau_named_after_the_sentence_about_a_layout_is_still_the_department()
    {
        var project = new Docs()
            .Para("森林草原航空消防租机补助经费绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2024年四川省共布局12架森林草原航空消防直升机。")
            .Para("四川省森林消防局负责租机合同的签订和管理。")
            .Single();
        Assert.Equal("四川省森林消防局", project.Department);
    }

    [Theory]
    [InlineData("广州市黄埔区科技创新局")]
    [InlineData("南京市国家安全局")]
    public void An_office_whose_name_ends_in_such_a_word_is_still_the_department(string office)
    {
        var project = new Docs()
            .Para("科技企业孵化器运营补助资金绩效自评报告")
            .Para("一、项目基本情况")
            .Para($"{office}负责项目的组织实施，全年预算1000万元。")
            .Single();
        Assert.Equal(office, project.Department);
    }
}
