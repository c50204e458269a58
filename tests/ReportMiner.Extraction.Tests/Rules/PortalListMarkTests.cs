namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A portal prints a list mark alone on the lines between its metadata items ("-" above and below 索引号, 发布机构 …):
/// such a line holds no text and does not push the report's title out of the lines a title is looked for in (R687).
/// </summary>
public sealed class PortalListMarkTests
{
    [Fact]
    public void A_title_below_metadata_items_parted_by_lone_list_marks_still_names_the_project()
    {
        var docs = new Docs().Para("- 某县教育体育局");
        foreach (var line in new[] { "索引号kysjytyj/2025-00152", "发布机构某县教育体育局", "文号", "发布日期2025-06-25", "时效性有效" })
            docs.Para("-").Para(line);
        var project = docs
            .Para("河口县莲花乡中心校2024年度部门整体和项目支出绩效自评报告")
            .Para("为贯彻落实全面实施预算绩效管理，我单位对2024年部门整体和项目支出绩效情况进行自查自评。")
            .Single();
        Assert.Equal("河口县莲花乡中心校部门整体支出", project.Name);
    }
}
