namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An indicator table whose header lies outside the excerpt is read from its rows: after the levels and the name
/// come the values, in the national order (指标值, 完成值, 分值, 得分) or with 分值 first, as the cells fit.
/// </summary>
public sealed class HeaderlessOrderTests
{
    [Fact]
    public void Points_written_right_after_the_name_are_the_weight()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t新建村级活动场所\t20\t5个\t5个\t20",
            "^\t质量指标\t工程验收合格率\t10\t100%\t100%\t9");
        Assert.Equal([20.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([20.0, 9.0], project.Indicators.Select(i => i.Score!.Value));
        Assert.Equal(5.0, project.Indicators[0].Target!.Value!.Value);
    }

    [Fact]
    public void Values_in_the_national_order_stay_in_it()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t新建村级活动场所\t5个\t5个\t20\t20",
            "^\t质量指标\t工程验收合格率\t100%\t100%\t10\t9");
        Assert.Equal([20.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal(100.0, project.Indicators[1].Actual!.Value!.Value);
    }
}
