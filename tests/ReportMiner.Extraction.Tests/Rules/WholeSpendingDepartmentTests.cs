namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A unit that reports on its whole spending is the department, whatever its name ends with.</summary>
public sealed class WholeSpendingDepartmentTests
{
    [Fact]
    public void A_station_reporting_on_its_whole_spending_is_the_department()
    {
        var project = new Docs()
            .Para("桃源县路灯管理站2022年度整体支出绩效自评报告")
            .Para("一、部门(单位)基本情况")
            .Para("单位内设办公室、维修班，无二级机构。")
            .Single();
        Assert.Equal("桃源县路灯管理站", project.Department);
    }

    [Fact]
    public void An_unplaced_institution_reporting_on_its_whole_spending_is_the_department()
    {
        var project = new Docs()
            .Para("2019年度第二福利院部门整体支出绩效自评报告")
            .Para("一、部门、单位基本情况")
            .Single();
        Assert.Equal("第二福利院", project.Department);
    }

    [Fact]
    public void A_masked_unit_names_no_department()
    {
        var project = new Docs()
            .Para("****部门整体支出绩效评价报告")
            .Para("一、部门基本情况")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void The_schools_under_a_bureau_reporting_together_are_no_department()
    {
        var project = new Docs()
            .Para("县教育局所属学校整体支出绩效自评报告")
            .Para("一、部门(单位)基本情况")
            .Single();
        Assert.NotEqual("县教育局所属学校", project.Department);
    }

    [Fact]
    public void Township_hospitals_reporting_together_are_no_department()
    {
        var project = new Docs()
            .Para("乡镇卫生院整体支出绩效自评报告")
            .Para("一、部门(单位)基本情况")
            .Single();
        Assert.NotEqual("乡镇卫生院", project.Department);
    }
}
