using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// The older target and self-evaluation form prints 项目完成指标 and 项目效益指标 as its level-1 labels. Written one row
/// per line, the narrow level column breaks them ("项目完成" / "指标"), and the block's side label (绩效指标, a cell
/// spanning every row) stands before the first row's level label on its line.
/// </summary>
public sealed class OlderFormLevelLabelTests
{
    [Theory]
    [InlineData("项目完成指标")]
    [InlineData("项目效益指标")]
    public void The_older_forms_level_one_labels_are_level_one_labels(string label) =>
        Assert.True(IndicatorFramework.IsLevel1Label(label));

    [Fact]
    public void A_row_per_line_form_whose_level_one_labels_wrapped_keeps_every_row_and_its_target()
    {
        var project = new Docs()
            .Para("项目支出绩效目标申报表")
            .Para("项目名称 特困家庭再扶助")
            .Para("绩效指标 一级指标 二级指标 三级指标 指标值(包含数字及文字描述)")
            .Para("绩效指标 项目完成")
            .Para("指标")
            .Para("数量指标 扶助对象人数 63人")
            .Para("时效指标 资金拨付 12月底到位")
            .Para("项目效益")
            .Para("指标")
            .Para("社会效益")
            .Para("指标")
            .Para("促进家庭发展 100%")
            .Para("满意度指标 满意度指标 受益群众满意度 ≥90%")
            .Single();
        Assert.Equal(["扶助对象人数", "资金拨付", "促进家庭发展", "受益群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["63人", "12月底到位", "100%", "≥90%"], project.Indicators.Select(i => i.Target?.Text));
        Assert.Equal("项目完成指标", project.Indicators[0].Level1);
        Assert.Equal("社会效益指标", project.Indicators[2].Level2);
    }
}
