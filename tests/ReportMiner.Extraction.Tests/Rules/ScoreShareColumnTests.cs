namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 部门整体 form prints the share of its points each indicator earned (得分系数 100%) before 指标权重 and 指标得分:
/// the share is not the score, and a side label (绩效指标) written between two parts of the table does not end it.
/// </summary>
public sealed class ScoreShareColumnTests
{
    [Fact]
    public void The_score_share_column_is_not_the_score_and_a_side_label_between_parts_does_not_end_the_table()
    {
        var project = new Docs().Para("部门整体绩效自评表").Table(
                "指标名称\t年初指标值\t全年完成值\t得分系数(%)\t指标权重(分)\t指标得分(分)",
                "预算执行率\t100%\t96%\t90%\t10\t9",
                "政府采购执行率\t100%\t100%\t100%\t5\t5")
            .Para("绩效指标")
            .Table("群众满意度\t≥90%\t93%\t100%\t10\t10")
            .Single();
        Assert.Equal([9.0, 5.0, 10.0], project.Indicators.Select(i => i.Score!.Value));
        Assert.Equal([10.0, 5.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal(93.0, project.Indicators[2].Actual!.Value!.Value);
    }
}
