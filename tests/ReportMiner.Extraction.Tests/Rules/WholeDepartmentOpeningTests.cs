namespace ReportMiner.Extraction.Tests.Rules;

public sealed class WholeDepartmentOpeningTests
{
    [Fact]
    public void An_excerpt_that_opens_on_the_units_own_department_self_evaluation_is_named_by_the_unit()
    {
        var project = new Docs()
            .Para("根据区财政局关于绩效评价工作的要求，泾县水利局组织开展了2023年度部门绩效自评工作。现将自评工作情况总结如下：")
            .Para("一、自评工作开展情况")
            .Para("2023年部门预算执行率为98.5%。")
            .Single();
        Assert.Equal("泾县水利局", project.Department);
        Assert.Equal("泾县水利局部门整体支出", project.Name);
    }

    [Fact]
    public void An_excerpt_that_opens_on_the_departments_budget_self_evaluation_is_named_by_the_unit()
    {
        var project = new Docs()
            .Para("根据省财政厅要求，我厅认真开展了2022年度部门预算绩效自评工作。")
            .Para("一、部门概况")
            .Para("据陕西省委办公厅、陕西省人民政府办公厅关于印发《陕西省林业厅职能配置内设机构和人员编制规定》的通知，省林业厅主要职责如下：")
            .Single();
        Assert.Equal("陕西省林业厅部门整体支出", project.Name);
    }

    [Fact]
    public void A_cited_notice_on_department_self_evaluation_does_not_make_a_project_report_a_whole_department_one()
    {
        var project = new Docs()
            .Para("根据县财政局《关于开展2022年度部门预算绩效自评工作的通知》要求，我局对2022年度项目支出开展了绩效自评，现将有关情况报告如下。")
            .Para("一、基本情况")
            .Para("县交通运输局负责全县农村公路养护，2022年安排养护资金300万元，实际支出285万元，执行率95%。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void Department_self_evaluation_of_project_spending_does_not_name_the_whole_department()
    {
        var project = new Docs()
            .Para("根据县财政局要求，我局开展了2022年度部门预算绩效自评中的项目支出绩效自评工作。")
            .Para("一、基本情况")
            .Para("县交通运输局负责全县农村公路养护，2022年安排养护资金300万元。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }
}
