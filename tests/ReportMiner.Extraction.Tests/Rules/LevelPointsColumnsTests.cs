namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An evaluation's scoring table gives every level its own points ("一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 |
/// 得分"); a text export drops the spanned level cells of the rows below, so a row keeps only its name and points and
/// starts four columns right of its header.
/// </summary>
public sealed class LevelPointsColumnsTests
{
    [Fact]
    public void Rows_that_lost_both_level_cells_and_their_points_are_read_under_the_name_column()
    {
        var project = TextReports.Single(
            "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分",
            "决策\t15\t项目立项\t6\t立项依据充分性\t3\t3",
            "立项程序规范性\t3\t2",
            "绩效目标\t9\t绩效目标合理性\t5\t4",
            "绩效指标明确性\t4\t4");
        Assert.Equal(["立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性"], project.Indicators.Select(i => i.Name));
        Assert.Equal([3.0, 3, 5, 4], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([3.0, 2, 4, 4], project.Indicators.Select(i => i.Score!.Value));
        Assert.Equal(["项目立项", "项目立项", "绩效目标", "绩效目标"], project.Indicators.Select(i => i.Level2));
        Assert.All(project.Indicators, i => Assert.Equal("决策", i.Level1));
    }

    [Fact]
    public void A_header_that_names_only_the_levels_and_the_name_reads_its_blank_points_columns_from_the_rows()
    {
        var project = TextReports.Single(
            "一级指标\t\t二级指标\t\t三级指标\t\t",
            "决策\t15\t项目立项\t6\t立项依据充分性\t3\t3",
            "立项程序规范性\t3\t3",
            "绩效目标\t9\t绩效目标合理性\t5\t5",
            "绩效指标明确性\t4\t4");
        Assert.Equal(["立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性"], project.Indicators.Select(i => i.Name));
        Assert.Equal([3.0, 3, 5, 4], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([3.0, 3, 5, 4], project.Indicators.Select(i => i.Score!.Value));
        Assert.Equal(["项目立项", "项目立项", "绩效目标", "绩效目标"], project.Indicators.Select(i => i.Level2));
    }

    [Fact]
    public void A_header_of_levels_and_names_over_columns_of_words_is_no_indicator_table()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t",
            "决策\t项目立项\t立项依据充分性\t依据充分",
            "过程\t资金管理\t资金到位率\t到位及时");
        Assert.All(project.Indicators, i => Assert.Null(i.Weight));
    }
}
