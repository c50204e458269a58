using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Sichuan's 部门预算项目支出绩效自评表 writes the budget system's project code before the name (R004).</summary>
public sealed class BudgetCodeNameTests
{
    [Fact]
    public void A_project_code_before_the_labelled_name_is_not_part_of_it()
    {
        var project = new Docs().Table("项目名称\t51092300R000000012345-乡村道路养护补助资金", "主管部门\t雅安市名山区交通运输局").Single();
        Assert.Equal("乡村道路养护补助资金", project.Name);
    }

    [Fact]
    public void A_name_that_opens_with_a_year_keeps_it()
    {
        var project = new Docs().Table("项目名称\t2023年乡村道路养护补助资金", "主管部门\t雅安市名山区交通运输局").Single();
        Assert.Equal("2023年乡村道路养护补助资金", project.Name);
    }
}
