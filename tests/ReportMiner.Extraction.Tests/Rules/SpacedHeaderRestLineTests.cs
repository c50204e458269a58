namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A form's indicator header that a web page wrote as one line of space-separated cells, its value cells wrapped ("绩效
/// 实际" over "目标值 完成值") and the rest of them written as a line of words of its own below it: the words complete the
/// cells they continue, so the rows below are read under a target and an actual column. A block title before the
/// header proper that names the role of a later cell (年度绩效指标完成情况) is no column of its own, however long.
/// </summary>
public sealed class SpacedHeaderRestLineTests
{
    private const string Rows1 = "产出指标 数量指标 抽查监测站点个数 9个 8个 少一个扣1分 6 5 已完成";
    private const string Rows2 = "开展宣传活动场数 10场 11场 少一场扣1分 6 6 已完成";

    [Fact]
    public void The_words_under_a_spaced_header_line_make_its_wrapped_cells_the_target_and_actual_columns()
    {
        var project = TextReports.Single(
            "年度绩效指标完成情况 一级指标 二级指标 三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因",
            "目标值 完成值",
            Rows1,
            Rows2);
        Assert.Equal(["抽查监测站点个数", "开展宣传活动场数"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["9个", "10场"], project.Indicators.Select(i => i.Target?.Text));
        Assert.Equal(["8个", "11场"], project.Indicators.Select(i => i.Actual?.Text));
        Assert.Equal([5d, 6d], project.Indicators.Select(i => i.Score));
    }

    [Fact]
    public void The_words_under_a_spaced_header_line_without_a_block_title_complete_it_too()
    {
        var project = TextReports.Single(
            "一级指标 二级指标 三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因",
            "目标值 完成值",
            Rows1,
            Rows2);
        Assert.Equal(["9个", "10场"], project.Indicators.Select(i => i.Target?.Text));
        Assert.Equal(["8个", "11场"], project.Indicators.Select(i => i.Actual?.Text));
    }

    [Fact]
    public void A_line_of_words_under_a_spaced_header_that_completes_no_cell_makes_no_target_column()
    {
        var project = TextReports.Single(
            "一级指标 二级指标 三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因",
            "详见附件 另行说明",
            Rows1,
            Rows2);
        Assert.All(project.Indicators, i => Assert.Null(i.Target));
    }
}
