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

    [Fact]
    public void Every_township_hospital_in_the_county_is_no_department()
    {
        var project = new Docs()
            .Para("基本公共卫生服务项目绩效评价报告")
            .Para("2022年下达基本公共卫生服务补助资金860万元，按服务人口分配。该项目实施单位为县域内各乡镇卫生院，服务常住人口32万人。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void The_city_schools_and_district_bureaus_are_no_department()
    {
        var project = new Docs()
            .Para("学生营养改善计划资金绩效评价报告")
            .Para("2022年下达营养改善计划资金500万元。项目实施单位为市直各学校、各区教育局，受益学生1.2万人。")
            .Single();
        Assert.Null(project.Department);
    }
}
