namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// In a 绩效目标表 a row under merged level-1/level-2 cells often keeps only its own cells (name, value, standard).
/// A figure such as "80M" never stands in a level column, so such a short row is read with its name under 三级指标,
/// not with its name in the level-1 cell (R235 and target tables on public pages).
/// </summary>
public sealed class FigureUnderLevelColumnTests
{
    [Fact]
    public void A_short_row_whose_figure_would_fall_under_a_level_column_is_read_under_the_spanning_levels()
    {
        var project = TextReports.Single(
            "某市2024年度项目绩效目标表",
            "一级指标\t二级指标\t三级指标\t指标值\t绩效标准",
            "产出指标\t数量指标\t配备车辆数\t10\t计划标准",
            "风炮射程\t80M\t计划标准",
            "质量指标\t服务周期内空气质量\t优良\t计划标准");
        var row = Assert.Single(project.Indicators, i => i.Name == "风炮射程");
        Assert.Equal(("产出指标", "数量指标"), (row.Level1, row.Level2));
        Assert.Equal("80M", row.Target!.Text);
        Assert.All(project.Indicators, i => Assert.Equal("产出指标", i.Level1));
    }
}
