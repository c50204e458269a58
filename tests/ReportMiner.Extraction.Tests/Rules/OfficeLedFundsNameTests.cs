namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>An office that opens a fund's name, with no year between, is the department: the name is the funds' own words.</summary>
public sealed class OfficeLedFundsNameTests
{
    [Fact]
    public void A_title_opening_with_a_provincial_office_names_the_funds_without_it()
    {
        var project = new Docs()
            .Para("贵州省民族宗教事务委员会民族工作经费专项资金(2017-2019年度)绩效评价报告")
            .Para("根据《关于全面实施预算绩效管理的实施意见》要求，现将评价情况报告如下。")
            .Single();
        Assert.Equal("民族工作经费专项资金(2017-2019年度)", project.Name);
        Assert.Equal("贵州省民族宗教事务委员会", project.Department);
    }

    [Fact]
    public void An_overview_opening_with_a_level_named_office_names_the_funds_without_it()
    {
        var project = new Docs()
            .Para("一、项目概况")
            .Para("县公安局特殊人群收治经费是县财政预算安排用于集中管教和治疗的专项资金。")
            .Single();
        Assert.Equal("特殊人群收治经费", project.Name);
    }

    [Fact]
    public void A_sentence_naming_the_report_after_the_year_leaves_the_office_to_the_department()
    {
        var project = new Docs()
            .Para("为做好资金绩效管理工作，现将2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:")
            .Para("一、项目基本情况")
            .Single();
        Assert.Equal("财政衔接推进乡村振兴资金项目", project.Name);
    }

    [Fact]
    public void An_office_before_words_that_name_nothing_of_their_own_stays_in_the_name()
    {
        var project = new Docs()
            .Para("红河州营商环境领导小组办公室专项经费绩效自评报告")
            .Para("一、项目基本情况")
            .Single();
        Assert.Equal("红河州营商环境领导小组办公室专项经费", project.Name);
    }

    [Fact]
    public void A_hall_is_no_office()
    {
        var project = new Docs()
            .Para("政务服务大厅升级改造专项经费绩效自评报告")
            .Para("一、项目基本情况")
            .Single();
        Assert.Equal("政务服务大厅升级改造专项经费", project.Name);
    }
}
