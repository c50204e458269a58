namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A unit's report on its whole spending and its projects together ("某校2024年度部门整体和项目支出绩效自评报告") is a
/// whole-department report: it is named by the unit and 部门整体支出, not cut at 和项目 (R676, R687).
/// </summary>
public sealed class WholeDepartmentAndProjectsTitleTests
{
    [Fact]
    public void A_title_on_whole_and_project_spending_names_the_unit_and_its_whole_spending()
    {
        var project = new Docs()
            .Para("河口县第三中学校2024年度部门整体和项目支出绩效自评报告")
            .Para("附件1")
            .Para("为贯彻落实全面实施预算绩效管理，我单位及时对2024年部门整体和项目支出绩效情况进行自查自评。")
            .Para("一、基本情况")
            .Single();
        // The gold takes the unit's name with or without the year before 部门整体支出.
        Assert.StartsWith("河口县第三中学校", project.Name);
        Assert.EndsWith("部门整体支出", project.Name);
    }

    [Fact]
    public void A_title_on_whole_and_project_spending_joined_by_ji_names_the_unit_and_its_whole_spending()
    {
        var project = new Docs()
            .Para("河口县农业农村局2023年度部门整体及项目支出绩效自评报告")
            .Para("一、部门基本情况")
            .Single();
        Assert.Equal("河口县农业农村局部门整体支出", project.Name);
    }
}
