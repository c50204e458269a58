namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A score table prints its scoring notes between the points and the score (三级指标 | 分值 | 指标评价内容 | 得分;
/// 三级指标 | 分值 | 指标解释 | 评分标准 | 自评得分). When an export loses the words over both points columns, the two
/// columns are still read from the figures under them, though they are not side by side.
/// </summary>
public sealed class UnnamedPointsAroundNotesTests
{
    [Fact]
    public void Two_blank_headed_points_columns_with_notes_between_them_give_weights_and_scores()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t\t指标评价内容\t",
            "项目决策\t科学决策\t政策依据充分性\t5\t项目符合上级部署和本地发展需要\t5",
            "方案可行性\t5\t实施方案论证充分，制度健全\t5",
            "绩效目标\t目标明确性\t4\t目标细化量化，可以衡量\t4",
            "目标合理性\t6\t目标符合实际需求，合理可行\t6");
        Assert.Equal(["政策依据充分性", "方案可行性", "目标明确性", "目标合理性"], project.Indicators.Select(i => i.Name));
        Assert.Equal([5.0, 5, 4, 6], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([5.0, 5, 4, 6], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void Notes_between_two_blank_headed_columns_that_disagree_keep_the_higher_as_weights()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t\t指标评价内容\t",
            "项目决策\t科学决策\t政策依据充分性\t5\t项目符合上级部署和本地发展需要\t4",
            "方案可行性\t5\t实施方案论证充分，制度健全\t5",
            "绩效目标\t目标明确性\t4\t目标细化量化，可以衡量\t3");
        Assert.Equal([5.0, 5, 4], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([4.0, 5, 3], project.Indicators.Select(i => i.Score!.Value));
    }
}
