namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A sentence that states the project's 主管部门 or 实施单位, role first, names the department.</summary>
public sealed class RoleStatementDepartmentTests
{
    [Fact]
    public void An_implementing_unit_named_by_its_level_is_the_department()
    {
        var project = new Docs()
            .Para("防汛抗旱经费绩效评价报告")
            .Para("区财政局下达2021年防汛抗旱经费65万元，主要用于防汛物料储备。该项目实施单位为区应急局。")
            .Single();
        Assert.Equal("区应急局", project.Department);
    }

    [Fact]
    public void The_supervising_department_comes_before_the_implementing_unit()
    {
        var project = new Docs()
            .Para("防汛抗旱经费绩效评价报告")
            .Para("该项目实施单位为区应急局，主管部门为区水利局。")
            .Single();
        Assert.Equal("区水利局", project.Department);
    }
}
