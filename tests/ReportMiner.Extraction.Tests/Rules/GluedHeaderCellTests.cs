using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A PDF's text layer puts the level columns' header words, and the level labels spanning the rows below them, into
/// the cell of the name column that ends the run: that long cell is the name column.
/// </summary>
public sealed class GluedHeaderCellTests
{
    private const string Glued = "一级指标 二级指标 数量指标 产出指标 绩 效 指 标 质量指标 三级指标";

    [Fact]
    public void Level_headers_and_labels_glued_before_the_name_header_name_the_name_column()
    {
        Assert.Equal(ColumnRole.Name, HeaderSemantics.RoleOf(Glued));
    }

    [Fact]
    public void A_long_cell_with_words_that_are_no_header_or_level_label_names_no_column()
    {
        Assert.Equal(ColumnRole.None, HeaderSemantics.RoleOf("一级指标 二级指标 数量指标 主要用于文物修缮宣传 三级指标"));
        Assert.Equal(ColumnRole.None, HeaderSemantics.RoleOf("一级指标 二级指标 数量指标 产出指标 质量指标 时效指标 分值"));
    }

    [Fact]
    public void A_target_table_under_such_a_header_gives_its_names_and_targets()
    {
        var project = TextReports.Single(
            "项目名称\t2023年文物保护经费",
            Glued + "\t指标值",
            "古戏台修缮\t1处",
            "文物安全巡查\t416处",
            "文物宣传教育短信\t≥3万条");
        Assert.Equal(["古戏台修缮", "文物安全巡查", "文物宣传教育短信"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["1处", "416处", "≥3万条"], project.Indicators.Select(i => i.Target!.Text));
    }
}
