namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Level columns known by what they hold when their header does not say: a column of the framework's level-2 labels
/// under a generic "绩效指标", and one cell that writes both levels ("产出指标-数量指标") under "指标类别".
/// </summary>
public sealed class LevelColumnContentTests
{
    [Fact]
    public void A_column_of_level_2_labels_under_a_generic_header_gives_each_row_its_level_2_and_level_1()
    {
        var project = TextReports.Single(
            "绩效指标\t指标名称\t目标值\t实际值\t分值\t得分",
            "数量指标\t改造老旧供水管网\t≥8公里\t8.6公里\t30\t30",
            "时效指标\t工程完工时间\t10月底前\t9月完工\t20\t20",
            "社会效益指标\t受益居民户数\t≥2000户\t2150户\t30\t28");
        Assert.Equal(["数量指标", "时效指标", "社会效益指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "产出指标", "效益指标"], project.Indicators.Select(i => i.Level1));
    }

    [Fact]
    public void A_cell_that_writes_both_levels_is_split_into_level_1_and_level_2()
    {
        var project = TextReports.Single(
            "指标类别\t指标名称\t指标值",
            "产出指标-数量指标\t改造老旧供水管网\t≥8公里",
            "效益指标-社会效益指标\t受益居民户数\t≥2000户",
            "满意度指标/服务对象满意度指标\t居民满意度\t≥90%");
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["数量指标", "社会效益指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
    }

    [Theory]
    [InlineData("产出指标-质量指标", "产出指标", "质量指标")]
    [InlineData("效益指标—可持续影响指标", "效益指标", "可持续影响指标")]
    public void Both_levels_written_in_one_cell_are_told_apart(string cell, string level1, string level2) =>
        Assert.Equal((level1, level2), Indicators.IndicatorFramework.SplitLevels(cell));

    [Theory]
    [InlineData("产出指标-社会效益指标")]
    [InlineData("数量-质量")]
    [InlineData("产出指标")]
    public void Text_that_does_not_write_a_level_1_and_a_level_2_it_holds_is_not_split(string cell) =>
        Assert.Null(Indicators.IndicatorFramework.SplitLevels(cell));
}
