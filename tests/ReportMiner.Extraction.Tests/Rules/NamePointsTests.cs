using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Scoring frameworks print each criterion with its points ("群众满意度（10分）"). The points are the indicator's
/// weight, not part of its name, as a level cell's points are not part of the level.
/// </summary>
public sealed class NamePointsTests
{
    private static Docs Form(string header, params string[] rows) => new Docs()
        .Para("项目支出绩效自评表")
        .Para("项目名称：社区安全宣传经费")
        .Table([header, .. rows]);

    [Fact]
    public void A_name_printed_with_its_points_loses_them_and_they_become_the_weight()
    {
        var indicators = Form("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t发放宣传手册份数（10分）\t≥800份\t820份",
            "^\t质量指标\t宣传活动覆盖率(15分)\t≥95%\t96%").Single().Indicators;
        var leaflets = indicators.Single(i => i.Name == "发放宣传手册份数");
        Assert.Equal(10, leaflets.Weight);
        Assert.Equal(15, indicators.Single(i => i.Name == "宣传活动覆盖率").Weight);
    }

    [Fact]
    public void A_points_column_keeps_its_own_figure_over_the_points_in_the_name()
    {
        var row = Form("一级指标\t二级指标\t三级指标\t年度指标值\t分值",
            "产出指标\t数量指标\t发放宣传手册份数（10分）\t≥800份\t8").Single().Indicators.Single();
        Assert.Equal("发放宣传手册份数", row.Name);
        Assert.Equal(8, row.Weight);
    }

    [Theory]
    [InlineData("项目立项(满分2分)", "项目立项", 2)]
    [InlineData("群众满意度 （ 7.5分 ）", "群众满意度", 7.5)]
    public void Points_are_split_off_however_the_brackets_are_written(string printed, string name, double points)
    {
        Assert.Equal((name, points), NamePointsRule.Split(printed));
    }

    [Theory]
    [InlineData("（10分）")]
    [InlineData("得分率（%）")]
    [InlineData("培训人次（10人）")]
    public void Text_that_is_not_a_name_with_points_is_left_alone(string printed)
    {
        Assert.Null(NamePointsRule.Split(printed));
    }
}
