using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Level labels printed with the other name the form allows in brackets ("时效指标(工期指标)",
/// "预算(或投资规模)控制指标"), as the older target form does (R443, R444).
/// </summary>
public sealed class GlossedLevelLabelTests
{
    [Theory]
    [InlineData("时效指标(工期指标)")]
    [InlineData("时效指标（工期指标、形象进度指标）")]
    [InlineData("数量指标(或建筑规模指标)")]
    [InlineData("预算(或投资规模)控制指标")]
    public void A_level_label_with_a_bracketed_gloss_is_a_level_label(string cell) =>
        Assert.True(IndicatorFramework.IsLevelLabel(cell));

    [Theory]
    [InlineData("按时完成率(工期)")]
    [InlineData("补助款结算争议率")]
    public void An_indicator_name_with_brackets_is_no_level_label(string cell) =>
        Assert.False(IndicatorFramework.IsLevelLabel(cell));

    [Fact]
    public void Rows_of_a_side_by_side_form_that_open_with_a_glossed_level_label_keep_their_name_and_target()
    {
        var project = new Docs()
            .Para("东莞市财政项目支出绩效目标批复表")
            .Para("预算单位:东莞市交通运输局")
            .Table(
                "绩效指标\t一级 指标\t二级 指标\t三级 指标\t指标值(或计划水平)\t二级 指标\t三级 指标\t计划指标值(或计划水平)",
                "预期产出指标\t数量指标(或建筑规模指标)\t镇街补助款完成结算项目数\t3\t数量指标(或建筑规模指标)\t镇街补助款完成结算项目数\t3\t",
                "质量指标\t补助款结算误差率\t±3%以内\t质量指标\t补助款结算误差率\t±3%以内\t\t",
                "时效指标(工期指标)\t结算款支付及时性\t及时\t时效指标(工期指标、形象进度指标)\t结算款支付及时性\t及时\t\t",
                "预算(或投资规模)控制指标\t年度预算执行率\t≥90%\t预算(或投资规模)控制指标\t年度预算执行率\t≥90%\t\t")
            .Single();
        var timely = Assert.Single(project.Indicators, i => i.Name == "结算款支付及时性");
        Assert.Equal("及时", timely.Target?.Text);
        Assert.Equal("预期产出指标", timely.Level1);
        var budget = Assert.Single(project.Indicators, i => i.Name == "年度预算执行率");
        Assert.Equal("≥90%", budget.Target?.Text);
        Assert.StartsWith("预算", budget.Level2);
    }
}
