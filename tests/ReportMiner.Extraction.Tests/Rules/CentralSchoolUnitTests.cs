namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A township's central school ("某乡中心校", short for 中心学校) is a budget unit: its report on its own spending,
/// titled by the school and a year, is named by the school and that spending, without the year (R687).
/// </summary>
public sealed class CentralSchoolUnitTests
{
    [Fact]
    public void A_central_school_titled_with_a_year_is_named_by_the_school_and_its_whole_spending()
    {
        var project = new Docs()
            .Para("河口县莲花乡中心校2023年度部门整体和项目支出绩效自评报告")
            .Para("一、部门基本情况")
            .Para("本单位2023年预算资金120万元，全年执行120万元。")
            .Single();
        Assert.Equal("河口县莲花乡中心校部门整体支出", project.Name);
    }
}
