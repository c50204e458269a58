namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A target form has nothing to score yet: a column of points its header leaves unnamed holds the weights.</summary>
public sealed class TargetFormPointsTests
{
    [Fact]
    public void Unnamed_points_beside_the_target_values_of_a_form_without_results_are_weights()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t指标值\t",
            "产出指标\t数量指标\t修缮农村公路里程\t≥15公里\t30",
            "\t质量指标\t工程验收合格率\t100%\t30",
            "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t10");
        Assert.Equal([30.0, 30, 10], project.Indicators.Select(i => i.Weight!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Score));
    }
}
