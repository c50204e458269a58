namespace ReportMiner.Extraction.Tests.Rules;

public sealed class UnfilledSlotLineTests
{
    [Fact]
    public void Rows_after_an_empty_template_slot_written_on_its_own_line_stay_in_the_indicator_table()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分\t偏差原因",
            "产出指标(50分)\t数量指标(20分)\t新建村级文化广场\t20\t4个\t4个\t20",
            "指标2：",
            "质量指标(15分)\t广场验收合格率\t15\t100%\t100%\t15",
            "指标2：",
            "……",
            "时效指标(15分)\t按期完工率\t15\t100%\t90%\t12");
        Assert.Equal(["新建村级文化广场", "广场验收合格率", "按期完工率"], project.Indicators.Select(i => i.Name));
        var late = project.Indicators[2];
        Assert.Equal(("产出指标", "时效指标", 15.0, 12.0), (late.Level1, late.Level2, late.Weight!.Value, late.Score!.Value));
        Assert.Equal(90, late.Actual!.Value);
    }
}
