namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A header whose cells wrapped onto a second line ("一级" over "指标", "年度" over "指标值") when the table was
/// written out line by line: the second line completes the cells above it.
/// </summary>
public sealed class WrappedHeaderTests
{
    [Fact]
    public void Header_cells_wrapped_onto_a_second_line_are_joined_to_the_cells_above()
    {
        var project = TextReports.Single(
            "一级\t二级\t三级\t年度\t实际\t分值\t得分",
            "指标\t指标\t指标\t指标值\t完成值",
            "产出指标\t数量指标\t维修路灯数量\t≥300盏\t326盏\t20\t20",
            "^\t时效指标\t维修完成时间\t10月底前\t10月25日\t10\t9");
        Assert.Equal(["维修路灯数量", "维修完成时间"], project.Indicators.Select(i => i.Name));
        Assert.Equal([326.0, 9.0], [project.Indicators[0].Actual!.Value!.Value, project.Indicators[1].Score!.Value]);
        Assert.Equal(("产出指标", "数量指标"), (project.Indicators[0].Level1, project.Indicators[0].Level2));
    }

    [Fact]
    public void A_second_header_row_of_sub_columns_is_not_joined_to_the_row_above()
    {
        // 年度指标值 over 指标性质 | 指标值 | 度量单位 nests; joining would make "年度指标值指标性质".
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "指标性质\t指标值\t度量单位",
            "产出指标\t质量指标\t路灯完好率\t≥\t95\t%\t96\t20\t20");
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal((">=", 95.0, "%"), (indicator.Target!.Op, indicator.Target.Value!.Value, indicator.Target.Unit));
    }
}
