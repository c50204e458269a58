namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Target forms that give each level-1 cell the range of points it may take, the unit after the bracket:
/// "成本指标(0-20)分", "产出指标 (40-50)分". The cell is a level label, not an indicator of its own.
/// </summary>
public sealed class PointsRangeLevelTests
{
    private static Docs Form() => new Docs()
        .Para("项目绩效目标申报表")
        .Para("项目名称：社区安全宣传经费")
        .Table(
            "一级指标\t二级指标\t三级指标\t指标值\t分值",
            "成本指标(0-20)分\t经济成本指标\t0\t0.00%\t0",
            "产出指标 (40-50)分\t数量指标\t发放宣传手册份数\t≥800份\t10",
            "^\t质量指标\t宣传活动覆盖率\t≥95%\t10");

    [Fact]
    public void A_level_cell_with_a_points_range_is_not_read_as_an_indicator()
    {
        var project = Form().Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("分", StringComparison.Ordinal));
        Assert.Contains(project.Indicators, i => i.Name == "发放宣传手册份数");
    }

    [Fact]
    public void A_level_cell_with_a_points_range_gives_its_rows_their_level_one()
    {
        var project = Form().Single();
        Assert.All(project.Indicators.Where(i => i.Name is "发放宣传手册份数" or "宣传活动覆盖率"), i => Assert.Equal("产出指标", i.Level1));
    }
}
