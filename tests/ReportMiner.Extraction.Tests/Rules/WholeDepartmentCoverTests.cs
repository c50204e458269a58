namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A whole-department form names its unit in a cell labelled 部门 alone, or on its cover as 部门（单位）全称 with the seal's
/// place after the name: that unit is the department, and the report is on its 部门整体支出.
/// </summary>
public sealed class WholeDepartmentCoverTests
{
    [Fact]
    public void A_cover_line_giving_the_departments_full_name_with_a_seal_mark_names_the_department_without_the_mark()
    {
        var project = new Docs()
            .Para("部门整体支出绩效评价自评报告")
            .Para("（2023年度）")
            .Para("部门（单位）全称：某某市人民检察院 （公章）")
            .Para("填报日期 2024年2月26日")
            .Para("一、部门基本情况")
            .Single();
        Assert.Equal("某某市人民检察院", project.Department);
        Assert.Equal("某某市人民检察院部门整体支出", project.Name);
    }

    [Fact]
    public void A_form_cell_labelled_department_alone_names_the_unit_the_whole_department_form_reports_on()
    {
        var project = TextReports.Single(
            "（2023年度）",
            "部门\t某某县乡村建设服务中心",
            "预算资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "年度资金总额\t100\t100\t98\t10\t98%\t9.8");
        Assert.Equal("某某县乡村建设服务中心", project.Department);
    }

    [Fact]
    public void A_department_cell_whose_value_is_no_units_name_names_no_department()
    {
        var project = TextReports.Single(
            "项目名称\t某某县乡村道路养护项目",
            "部门\t决策",
            "年度资金总额\t100\t100\t98\t10\t98%\t9.8");
        Assert.Null(project.Department);
    }
}
