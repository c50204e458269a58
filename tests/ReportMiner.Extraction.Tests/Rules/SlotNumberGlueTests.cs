using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Run-together exports glue the form's slot number ("指标1") to what stands around it: to a year that opens the
/// name ("指标12023年6月底前完成"), and to the level-2 label before it ("社会效益指标1带动就业人数").
/// </summary>
public sealed class SlotNumberGlueTests
{
    [Fact]
    public void A_slot_number_does_not_take_the_first_digits_of_a_year()
    {
        Assert.Equal("2023年6月底前完成验收", IndicatorNames.Clean("指标12023年6月底前完成验收"));
        Assert.Equal("群众满意度", IndicatorNames.Clean("指标12群众满意度"));
    }

    [Fact]
    public void A_level_2_label_glued_to_the_slot_is_the_row_level_and_the_rest_its_name()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分",
            "效益指标\t社会效益指标\t指标1带动农户增收\t10\t≥5%\t6%\t10",
            "\t生态效益指标1秸秆综合利用率\t10\t≥90%\t92%\t10");
        var glued = Assert.Single(project.Indicators, i => i.Name == "秸秆综合利用率");
        Assert.Equal(("效益指标", "生态效益指标"), (glued.Level1, glued.Level2));
        Assert.Equal(10.0, glued.Weight);
    }
}
