namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A title that opens with a township's name and then the year or 部门整体 is the township's own report.</summary>
public sealed class TownshipTitleTests
{
    [Fact]
    public void A_title_opening_with_a_township_and_the_year_names_the_township_as_department()
    {
        var project = new Docs()
            .Para("三堂街镇2021年度村管费支出")
            .Para("绩效评价报告")
            .Para("一、项目概况")
            .Para("三堂街镇是一个历史老镇，地处江北。")
            .Single();
        Assert.Equal("三堂街镇", project.Department);
    }

    [Fact]
    public void A_whole_department_title_opening_with_a_township_names_the_township()
    {
        var project = new Docs()
            .Para("田心乡部门整体支出绩效自评报告")
            .Para("(2022年度)")
            .Para("一、部门(单位)基本情况")
            .Single();
        Assert.Equal("田心乡", project.Department);
    }

    [Fact]
    public void A_title_opening_with_a_township_government_and_the_year_names_the_government()
    {
        var project = new Docs()
            .Para("上桥镇人民政府2024年度绩效自评报告")
            .Para("一、单位基本情况")
            .Para("上桥镇人民政府为县级政府下属行政单位。")
            .Single();
        Assert.Equal("上桥镇人民政府", project.Department);
    }

    [Fact]
    public void Rural_words_before_the_year_are_no_township()
    {
        var project = new Docs()
            .Para("城乡2021年度环境整治项目绩效评价报告")
            .Para("一、项目概况")
            .Single();
        Assert.Null(project.Department);
    }
}
