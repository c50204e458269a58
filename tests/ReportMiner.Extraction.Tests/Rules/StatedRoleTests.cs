namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>An office a clause opens with and states to be the work's 职能部门, 主管部门 or 主管单位.</summary>
public sealed class StatedRoleTests
{
    [Fact]
    public void An_office_stated_to_be_the_responsible_unit_is_the_department()
    {
        var project = new Docs()
            .Para("2023年度农村妇女两癌检查项目绩效自评报告")
            .Para("根据有关文件规定，市卫健委为主管单位，财政部门负责资金拨付。")
            .Single();
        Assert.Equal("市卫健委", project.Department);
    }

    [Fact]
    public void A_unit_stated_to_be_a_functional_department_of_another_office_is_the_department_not_the_other_office()
    {
        var project = new Docs()
            .Para("2018年园林绿化专项资金绩效自评报告")
            .Para("一、部门概况。莱西市园林管理处是莱西市政府住建局的职能部门之一。")
            .Single();
        Assert.Equal("莱西市园林管理处", project.Department);
    }

    [Fact]
    public void A_level_named_office_stated_to_be_a_functional_department_is_the_department()
    {
        var project = new Docs()
            .Para("村级组织活动场所建设项目绩效评价报告")
            .Para("县委组织部是县委主管组织工作和干部工作的职能部门，其工作职责包括指导村级组织活动场所建设。")
            .Single();
        Assert.Equal("县委组织部", project.Department);
    }
}
