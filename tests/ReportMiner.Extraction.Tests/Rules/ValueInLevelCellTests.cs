namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A level cell of a misaligned row may hold another cell's value: a figure, a deadline, a formula. Level labels are
/// short framework words that carry no figure outside their points, so such a cell is no level.
/// </summary>
public sealed class ValueInLevelCellTests
{
    private static Docs Form(string level1Cell) => new Docs()
        .Para("项目绩效目标申报表")
        .Para("项目名称：社区安全宣传经费")
        .Table(
            "一级指标\t二级指标\t三级指标\t指标值\t分值",
            $"{level1Cell}\t数量指标\t发放宣传手册份数\t≥800份\t10",
            "^\t质量指标\t宣传活动覆盖率\t≥95%\t10");

    [Fact]
    public void A_level_one_cell_holding_an_amount_is_not_the_rows_level()
    {
        var row = Form("年度预算220万元").Single().Indicators.Single(i => i.Name == "发放宣传手册份数");
        Assert.Equal("产出指标", row.Level1);
    }

    [Fact]
    public void A_level_one_cell_holding_a_formula_is_not_the_rows_level()
    {
        var row = Form("覆盖率=(覆盖户数/总户数)×100%").Single().Indicators.Single(i => i.Name == "发放宣传手册份数");
        Assert.Equal("产出指标", row.Level1);
    }

    [Fact]
    public void A_level_one_cell_with_its_points_in_front_is_still_the_level()
    {
        var row = Form("(50分)产出指标").Single().Indicators.Single(i => i.Name == "发放宣传手册份数");
        Assert.NotNull(row.Level1);
        Assert.Contains("产出指标", row.Level1!, StringComparison.Ordinal);
    }
}
