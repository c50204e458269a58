namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A score table kept at the top level (an ex-ante assessment's 一级指标 | 分值 | 得分 | 得分率; a loan project's
/// 评价准则 | 权重 | 评价分值 | 加权平均得分 | 绩效等级): it has no name column, so its one level column lists what was
/// scored, and its closing row carries the whole table's points under whatever label it has.
/// </summary>
public sealed class TopLevelScoreTableTests
{
    [Fact]
    public void The_level_column_of_a_score_table_without_lower_levels_holds_the_indicators()
    {
        var project = TextReports.Single(
            "一级指标\t分值\t得分\t得分率",
            "项目必要性\t30\t27\t90%",
            "方案可行性\t40\t32\t80%",
            "预算合理性\t30\t30\t100%",
            "小计\t100\t89\t89%");
        Assert.Equal(["项目必要性", "方案可行性", "预算合理性"], project.Indicators.Select(i => i.Name));
        Assert.Equal([30.0, 40.0, 30.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([27.0, 32.0, 30.0], project.Indicators.Select(i => i.Score!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Level1));
    }

    [Fact]
    public void Evaluation_criteria_are_the_indicators_of_their_table_and_the_grade_beside_them_is_not()
    {
        var project = TextReports.Single(
            "评价准则\t权重(%)\t评价分值(百分制)\t加权平均得分\t绩效等级",
            "相关性\t25%\t96.00\t24.00\t高度相关",
            "效率\t45%\t80.00\t36.00\t比较有效率",
            "效果\t20%\t85.00\t17.00\t满意",
            "可持续性\t10%\t70.00\t7.00\t可能可持续");
        Assert.Equal(["相关性", "效率", "效果", "可持续性"], project.Indicators.Select(i => i.Name));
        Assert.Equal([25.0, 45.0, 20.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([24.0, 36.0, 17.0, 7.0], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_closing_row_that_carries_all_the_points_the_rows_above_share_is_no_indicator()
    {
        var project = TextReports.Single(
            "评价准则\t权重(%)\t评价分值(百分制)\t加权平均得分\t绩效等级",
            "相关性\t25%\t96.00\t24.00\t高度相关",
            "效率\t45%\t80.00\t36.00\t比较有效率",
            "效果\t20%\t85.00\t17.00\t满意",
            "可持续性\t10%\t70.00\t7.00\t可能可持续",
            "综合绩效\t100%\t/\t84.00\t满意");
        Assert.DoesNotContain(project.Indicators, i => i.Name == "综合绩效");
        Assert.Equal(4, project.Indicators.Count);
    }

    [Fact]
    public void A_row_whose_points_the_rows_above_do_not_add_up_to_stays_an_indicator()
    {
        var project = TextReports.Single(
            "指标名称\t分值\t得分",
            "服务次数\t20\t20",
            "服务满意度\t30\t28",
            "项目完成率\t50\t50");
        Assert.Equal(["服务次数", "服务满意度", "项目完成率"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Figures_of_a_score_table_written_with_spaces_are_no_actual_value_in_prose()
    {
        var project = TextReports.Single(
            "得分情况表",
            "一级指标 分值 得分 得分率",
            "项目必要性 30 27 90%",
            "方案可行性 40 32 80%",
            "预算合理性 30 30 100%",
            "小计 100 89 89%");
        Assert.Contains(project.Indicators, i => i.Name == "预算合理性");
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }
}
