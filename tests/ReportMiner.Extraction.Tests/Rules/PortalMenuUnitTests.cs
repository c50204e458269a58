namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A stored portal page that lists its unit's name as a menu item above the report.</summary>
public sealed class PortalMenuUnitTests
{
    [Theory]
    [InlineData("• 泾县教育体育局")]
    [InlineData("- 泾县教育体育局")]
    public void A_unit_listed_as_a_menu_item_above_the_title_is_the_department_without_its_mark(string menuItem)
    {
        var project = new Docs()
            .Para(menuItem)
            .Para("2023年度项目支出绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目全年预算120万元，已全部拨付。")
            .Single();
        Assert.Equal("泾县教育体育局", project.Department);
    }
}
