namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// "某县水利局2019年度X专项资金绩效评价报告": the reporting office and the year open the title; the project is what follows.
/// </summary>
public sealed class OfficeYearTitleTests
{
    [Fact]
    public void The_office_and_year_before_a_title_s_name_are_left_out_of_the_name()
    {
        var project = new Docs()
            .Para("长沙县交通运输局2022年度乡村公路养护补助资金绩效评价报告")
            .Para("一、基本情况")
            .Para("本项目年度预算50万元。")
            .Single();
        Assert.Equal("乡村公路养护补助资金", project.Name);
        Assert.Equal("长沙县交通运输局", project.Department);
    }

    [Fact]
    public void An_office_s_report_on_all_its_project_spending_is_named_by_the_office_and_its_project_spending()
    {
        var project = new Docs()
            .Para("长沙县交通运输局2022年度项目支出绩效自评报告")
            .Para("一、基本情况")
            .Para("本局共实施项目5个。")
            .Single();
        Assert.Equal("长沙县交通运输局项目支出", project.Name);
    }

    [Fact]
    public void A_finance_office_issuing_the_title_jointly_is_not_the_department()
    {
        var project = new Docs()
            .Para("成都市财政局 成都市住房和城乡建设局关于2020年城镇保障性安居工程财政资金绩效评价自评报告")
            .Para("一、基本情况")
            .Para("本项目年度预算500万元。")
            .Single();
        Assert.Equal("成都市住房和城乡建设局", project.Department);
    }

    [Theory]
    [InlineData("四川省财政厅 四川省教育厅关于2020年学生资助补助经费绩效自评报告", "四川省教育厅")]
    [InlineData("成都市财政局成都市教育局关于2020年学生资助补助经费绩效自评报告", "成都市教育局")]
    public void A_finance_office_issuing_the_title_jointly_with_a_short_named_office_is_not_the_department(string title, string office)
    {
        var project = new Docs()
            .Para(title)
            .Para("一、基本情况")
            .Para("本项目年度预算500万元。")
            .Single();
        Assert.Equal(office, project.Department);
    }

    [Fact]
    public void A_finance_office_titling_its_own_report_is_the_department()
    {
        var project = new Docs()
            .Para("四川省财政厅关于2020年财政信息化建设项目绩效自评报告")
            .Para("一、基本情况")
            .Para("本项目年度预算500万元。")
            .Single();
        Assert.Equal("四川省财政厅", project.Department);
    }
}
