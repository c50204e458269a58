using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>The many ways a report's title names its project: 总结报告, 情况的报告, 结果报告, 关于…, 区域绩效.</summary>
public sealed class ReportTitleTests
{
    private const string Body = "本项目年度预算资金80万元，实际支出76万元。";

    [Theory]
    [InlineData("2022年度某某镇污水管网改造工程项目绩效自评总结报告", "某某镇污水管网改造工程项目")]
    [InlineData("2023年老旧小区改造项目资金绩效评价情况报告", "老旧小区改造项目资金")]
    [InlineData("2021年度残疾人两项补贴资金绩效评价结果报告", "残疾人两项补贴资金")]
    [InlineData("2020年度农村厕所改造项目绩效自评工作报告", "农村厕所改造项目")]
    [InlineData("2022年度林业改革发展资金区域绩效自评报告", "林业改革发展资金")]
    public void The_words_a_report_type_carries_before_报告_do_not_hide_the_name(string title, string name)
    {
        var project = new Docs().Para(title).Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal(name, project.Name);
    }

    [Fact]
    public void A_title_opening_with_关于_names_the_project_after_it_and_the_issuing_office_before_it()
    {
        var project = new Docs().Para("宁乡市交通运输局关于2022年度农村公路安保工程项目绩效自评情况的报告")
            .Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("农村公路安保工程项目", project.Name);
        Assert.Equal("宁乡市交通运输局", project.Department);
        Assert.Equal(2022, project.Year);
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_title_about_carrying_out_an_evaluation_names_no_project()
    {
        var project = new Docs().Para("关于开展2022年度项目支出绩效自评的报告").Para("一、基本情况").Para(Body).Single();
        Assert.True(string.IsNullOrEmpty(project.Name), project.Name);
    }

    [Fact]
    public void An_attachment_number_in_digits_does_not_take_the_provinces_first_character()
    {
        var project = new Docs().Para("附件3四川省汶川县2021年中央食品监管专项转移支付绩效自评报告")
            .Para("一、项目基本情况").Para(Body).Single();
        Assert.Equal("中央食品监管专项转移支付", project.Name);
        Assert.Equal("四川省", project.Province);
    }
}


/// <summary>Whole-department reports (部门整体支出) are named by their unit.</summary>
public sealed class WholeDepartmentReportTests
{
    [Fact]
    public void A_unit_standing_above_a_whole_department_title_names_the_report_and_is_its_department()
    {
        var project = new Docs().Para("澧县水利局").Para("2022年度部门整体支出绩效自评报告").Para("一、部门基本情况")
            .Para("2022年部门整体支出预算3600万元，实际支出3512万元。").Single();
        Assert.Equal("澧县水利局部门整体支出", project.Name);
        Assert.Equal("澧县水利局", project.Department);
        Assert.Equal("澧县", project.District);
        Assert.Equal("常德市", project.City);
    }

    [Fact]
    public void A_site_welcome_banner_is_page_chrome_and_a_political_consultative_unit_is_a_department()
    {
        var project = new Docs().Para("欢迎来到某某市政协网站!").Para("部门整体支出绩效评价报告").Para("一、基本情况")
            .Para("2021年，攸县政协坚持围绕中心、服务大局，部门整体支出799.12万元。").Single();
        Assert.Equal("攸县政协", project.Department);
        Assert.Equal("攸县政协部门整体支出", project.Name);
    }
}
