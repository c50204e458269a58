namespace ReportMiner.Extraction.Tests.Rules;

public sealed class SpendingNameVariantTests
{
    [Fact]
    public void A_cover_naming_X_special_spending_and_a_form_naming_X_spending_are_one_project()
    {
        var record = new Docs()
            .Para("项目支出绩效自评报告")
            .Para("项目名称:社区服务专项支出")
            .Para("实施单位:某区某街道办事处")
            .Table(
                "项目基本情况\t项目名称\t社区服务支出\t项目编号\t001",
                "主管部门\t某区人民政府\t实施单位\t某区某街道办事处")
            .Extract();
        Assert.Equal(["社区服务专项支出"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void Two_forms_naming_different_spending_are_two_projects()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t社区服务支出", "主管部门\t某区人民政府")
            .Para("项目支出绩效自评表")
            .Table("项目名称\t道路养护支出", "主管部门\t某区人民政府")
            .Extract();
        Assert.Equal(["社区服务支出", "道路养护支出"], record.Projects.Select(p => p.Name));
    }
}
