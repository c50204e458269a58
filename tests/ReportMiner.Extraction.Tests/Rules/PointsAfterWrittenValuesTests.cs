namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A text export drops a row's blank 完成值 (or 指标值) cell and packs the rest left: "100% | 20 | 18" under
/// 指标值 | 完成值 | 分值 | 得分. A row that writes its value with a unit or in words writes its bare numbers as
/// points, so they fill 分值 and 得分 rather than 完成值; the row's shift (its name and levels) is decided first and
/// stays. Seen in dev reports R058 (可行性 | 2 | 实际工作需求 | 2) and R090's glued export (…是 | 基本达到 | 8 | 7).
/// </summary>
public sealed class PointsAfterWrittenValuesTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施";

    [Fact]
    public void Bare_numbers_after_a_target_with_its_unit_are_the_weight_and_the_score()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t绿化面积\t300平方米\t310平方米\t20\t20",
            "时效指标\t按期完工率\t100%\t20\t16",
            "效益指标\t社会效益指标\t居民出行条件\t明显改善\t30\t27");
        var onTime = project.Indicators.Single(i => i.Name == "按期完工率");
        Assert.Equal("100%", onTime.Target!.Text);
        Assert.Null(onTime.Actual);
        Assert.Equal((20.0, 16.0), (onTime.Weight!.Value, onTime.Score!.Value));
        var effect = project.Indicators.Single(i => i.Name == "居民出行条件");
        Assert.Equal((30.0, 27.0), (effect.Weight!.Value, effect.Score!.Value));
    }

    [Fact]
    public void A_points_column_left_of_the_values_and_a_score_after_a_worded_actual_are_both_points()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分",
            "决策\t项目立项\t立项依据充分性\t4\t一\t依据充分\t4",
            "绩效目标合理性\t3\t目标明确\t3");
        var row = project.Indicators.Single(i => i.Name == "绩效目标合理性");
        Assert.Equal((3.0, 3.0), (row.Weight!.Value, row.Score!.Value));
    }

    [Fact]
    public void A_measure_written_with_its_unit_beside_another_keeps_its_column()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t绿化面积\t300平方米\t310平方米\t20\t20",
            "质量指标\t验收合格率\t100%\t98%\t20");
        var row = project.Indicators.Single(i => i.Name == "验收合格率");
        Assert.Equal(("100%", "98%"), (row.Target!.Text, row.Actual!.Text));
        Assert.Equal(20.0, row.Weight!.Value);
    }
}
