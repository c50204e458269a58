namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A portal's metadata may print its title field as a line ("名称: …报告 文号:"); the label is not the title's.</summary>
public sealed class TitleFieldLineTests
{
    [Fact]
    public void The_label_of_a_portals_title_field_printed_as_a_line_is_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("索引号: 11341731003262858X/202401-00295 组配分类: 部门项目")
            .Para("名称: 某县自然资源和规划局2023年省级地质灾害防治专项资金项目绩效评价报告 文号:")
            .Para("一、项目基本情况")
            .Single();
        Assert.DoesNotContain("名称", project.Name);
        Assert.EndsWith("省级地质灾害防治专项资金项目", project.Name);
    }
}
