namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Text exports drop blank cells: a sub-item with a target and an actual but no 分值/得分 of its own comes out as
/// "name | target | actual", its cells packed left under the 分值 column.
/// </summary>
public sealed class PackedValueCellTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\t偏差原因";

    [Fact]
    public void A_sub_item_without_points_reads_its_target_and_actual_under_their_own_columns()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t新建污水管网长度\t20\t12公里\t12.5公里\t20",
            "其中主干管长度\t5公里\t5.2公里",
            "其中支管长度\t7公里\t7.3公里",
            "质量指标\t管网验收合格率\t10\t100%\t100%\t10");
        var sub = project.Indicators.Single(i => i.Name == "其中主干管长度");
        Assert.Equal((5.0, 5.2), (sub.Target!.Value!.Value, sub.Actual!.Value!.Value));
        Assert.Null(sub.Weight);
        Assert.Null(sub.Score);
        Assert.Equal(("产出指标", "数量指标"), (sub.Level1, sub.Level2));
        Assert.Equal(4, project.Indicators.Count);
        Assert.Equal((10.0, 10.0), (project.Indicators[^1].Weight!.Value, project.Indicators[^1].Score!.Value));
    }

    [Fact]
    public void Packed_numbers_that_fit_the_columns_in_order_are_not_moved()
    {
        // Bare numbers fit a target column too: with no cell that contradicts its column, the order stands.
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
            "产出指标\t数量指标\t培训场次\t12\t14",
            "^\t^\t培训人数\t300人\t320人\t10\t10");
        var first = project.Indicators[0];
        Assert.Equal((12.0, 14.0), (first.Target!.Value!.Value, first.Actual!.Value!.Value));
        Assert.Null(first.Weight);
    }
}
