namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A provincial target form names the budget category a project belongs to (一级项目名称) and the project itself
/// (二级项目名称) side by side (R266 prints two such forms on one page).
/// </summary>
public sealed class TwoLevelProjectNameTests
{
    [Fact]
    public void The_second_level_name_names_the_project_and_the_first_level_category_does_not()
    {
        var project = new Docs()
            .Para("省级部门预算项目支出绩效目标表(2024年度)")
            .Table(
                "一级项目名称\t农业产业发展专项资金\t二级项目名称\t某县茶叶标准园建设补助",
                "项目类型\t新增项目\t主管部门\t某县农业农村局",
                "预算申报数\t35万元\t资金性质\t一般公共预算")
            .Single();
        Assert.Equal("某县茶叶标准园建设补助", project.Name);
    }

    [Fact]
    public void Two_forms_of_the_same_category_are_two_projects()
    {
        var record = new Docs()
            .Para("省级部门预算项目支出绩效目标表(2024年度)")
            .Table(
                "一级项目名称\t农业产业发展专项资金\t二级项目名称\t茶叶标准园建设补助",
                "主管部门\t某县农业农村局",
                "预算申报数\t35万元")
            .Para("省级部门预算项目支出绩效目标表(2024年度)")
            .Table(
                "一级项目名称\t农业产业发展专项资金\t二级项目名称\t果蔬冷链设施补助",
                "主管部门\t某县农业农村局",
                "预算申报数\t60万元")
            .Extract();
        Assert.Equal(["茶叶标准园建设补助", "果蔬冷链设施补助"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void A_form_run_onto_one_line_takes_its_name_from_the_second_level()
    {
        var project = new Docs()
            .Para("省级部门预算项目支出绩效目标表(2024年度)")
            .Para("一级项目名称农业产业发展专项资金二级项目名称某县茶叶标准园建设补助项目类型新增项目主管部门某县农业农村局")
            .Single();
        Assert.Equal("某县茶叶标准园建设补助", project.Name);
    }
}
