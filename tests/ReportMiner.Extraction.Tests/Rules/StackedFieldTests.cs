namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A report's numbered fields, or a form a page wrote one cell to a line, put a label on a line of its own and its value
/// on the next ("(一)项目名称" / "X经费", "项目单位：" / "某局").
/// </summary>
public sealed class StackedFieldTests
{
    [Fact]
    public void A_numbered_name_field_names_the_project_on_the_line_below()
    {
        var project = new Docs()
            .Para("项目运行绩效监控报告")
            .Para("一、项目基本情况")
            .Para("(一)项目名称")
            .Para("2023年乡村公路养护补助资金")
            .Para("(二)项目起止日期")
            .Para("2023年1月1日-2023年12月31日")
            .Single();
        Assert.Equal("2023年乡村公路养护补助资金", project.Name);
    }

    [Fact]
    public void A_unit_label_ending_in_a_colon_gives_the_department_on_the_line_below()
    {
        var project = new Docs()
            .Para("事前绩效评估报告")
            .Para("项目名称：")
            .Para("城区路灯维护经费")
            .Para("项目单位：")
            .Para("长沙县住房和城乡建设局")
            .Single();
        Assert.Equal("城区路灯维护经费", project.Name);
        Assert.Equal("长沙县住房和城乡建设局", project.Department);
    }

    [Fact]
    public void A_blank_form_s_next_label_below_the_name_label_is_no_name()
    {
        var project = new Docs()
            .Para("专项资金绩效目标表")
            .Para("专项名称")
            .Para("部门名称")
            .Para("部门职能概述")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void Two_reports_each_with_a_numbered_name_field_are_two_projects()
    {
        var projects = new Docs()
            .Para("项目运行绩效监控报告1")
            .Para("(一)项目名称")
            .Para("乡村公路养护补助资金")
            .Para("(二)项目资金")
            .Para("年度预算50万元。")
            .Para("项目运行绩效监控报告2")
            .Para("(一)项目名称")
            .Para("城区路灯维护经费")
            .Para("(二)项目资金")
            .Para("年度预算20万元。")
            .Extract().Projects;
        Assert.Equal(["乡村公路养护补助资金", "城区路灯维护经费"], projects.Select(p => p.Name));
    }
}
