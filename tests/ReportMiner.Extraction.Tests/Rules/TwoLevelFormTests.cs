namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 绩效目标表 with only two level columns (一级指标 | 二级指标 | 指标解释 | 预期实现值): the level-2 column names the
/// indicators, the 一级指标 column holds the framework's level-2 labels, and rows under a spanning label start
/// one cell to the right.
/// </summary>
public sealed class TwoLevelFormTests
{
    [Fact]
    public void The_last_level_column_of_a_two_level_form_holds_the_indicator_names()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t绩效标准\t当年预期实现值",
            "数量指标\t道路清扫保洁面积\t反映年度清扫保洁覆盖情况\t120公里",
            "垃圾清运车次\t反映生活垃圾清运情况\t3600车次",
            "质量指标\t作业质量考核达标率\t反映保洁作业质量情况\t≥95%");
        Assert.Equal(["道路清扫保洁面积", "垃圾清运车次", "作业质量考核达标率"], project.Indicators.Select(i => i.Name));
        Assert.Equal([120.0, 3600.0, 95.0], project.Indicators.Select(i => i.Target!.Value!.Value));
        Assert.Equal(["数量指标", "数量指标", "质量指标"], project.Indicators.Select(i => i.Level2));
        Assert.All(project.Indicators, i => Assert.Equal("产出指标", i.Level1));
    }
}
