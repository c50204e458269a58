namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A form template's title names the level and kind of budget the form is for (本级部门项目支出, 市级预算部门(单位)项目支出,
/// 县级专项资金, 中央对地方转移支付区域), not a project: an excerpt cut above the form's 项目名称 cell has no name to give.
/// </summary>
public sealed class TemplateTitleTests
{
    [Theory]
    [InlineData("宜昌市本级部门项目支出绩效自评表(2021年)")]
    [InlineData("湖北省宜昌市市级预算部门(单位)项目支出绩效目标申报表")]
    [InlineData("2020年度县级专项资金绩效目标自评表")]
    [InlineData("2.中央对地方转移支付区域绩效目标表")]
    [InlineData("某某市2021年市直部门预算项目支出绩效目标表")]
    [InlineData("2022年县直部门项目支出绩效自评表")]
    public void A_template_title_above_a_cut_excerpt_names_no_project(string title)
    {
        var project = new Docs().Para(title).Para("填报单位：某某县农业农村局").Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_level_word_in_front_of_a_projects_own_words_leaves_the_name()
    {
        var project = new Docs().Para("2023年度县级储备粮轮换费用项目绩效自评表").Para("填报单位：某某县粮食局").Single();
        Assert.Equal("县级储备粮轮换费用项目", project.Name);
    }
}
