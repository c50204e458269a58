namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A prefecture written short of its full name (某西自治州, 某某州) is a place as a city is: a title
/// holding nothing else but budget words names no project, one naming its own funds after it keeps them.
/// </summary>
public sealed class PrefectureTitleTests
{
    [Theory]
    [InlineData("某西自治州财政支出项目绩效自评报告")]
    [InlineData("某河州财政支出项目绩效评价报告")]
    public void A_prefecture_before_only_budget_words_names_no_project(string title)
    {
        var project = new Docs().Para(title).Para("发布时间:2019-05-20").Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_prefecture_before_its_own_funds_keeps_them()
    {
        var project = new Docs().Para("某河州粮食质量安全监测经费绩效自评报告").Para("发布时间:2019-05-20").Single();
        Assert.Equal("某河州粮食质量安全监测经费", project.Name);
    }

    [Theory]
    [InlineData("产业联盟专项资金绩效自评报告", "产业联盟专项资金")]
    public void A_word_ending_as_a_league_is_no_place_before_the_name(string title, string name)
    {
        var project = new Docs().Para(title).Para("发布时间:2019-05-20").Single();
        Assert.Equal(name, project.Name);
    }
}
