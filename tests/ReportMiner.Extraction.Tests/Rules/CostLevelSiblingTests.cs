using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// 成本指标 written after the rows of 数量/质量/时效指标 in an older target form is their sibling level 2 under 产出指标,
/// though the 2021 framework makes it a level 1: a text export that dropped the spanned 产出指标 cell puts it first.
/// </summary>
public sealed class CostLevelSiblingTests
{
    [Fact]
    public void A_cost_label_after_output_level_twos_in_a_three_level_table_heads_the_name_not_the_target()
    {
        var project = TargetForm(
            "一级指标\t二级指标\t三级指标\t指标值\t绩效标准",
            "产出指标\t数量指标\t雾炮车配备车辆数\t10\t计划标准",
            "质量指标\t服务周期内空气质量\t优良\t计划标准",
            "成本指标\t控制在预算成本内\t控制在预算内\t计划标准",
            "效益指标\t社会效益指标\t市民满意程度\t85%\t计划标准");
        var cost = project.Indicators.Single(i => i.Level2 == "成本指标");
        Assert.Equal(("产出指标", "控制在预算成本内", "控制在预算内"), (cost.Level1, cost.Name, cost.Target!.Text));
        Assert.Equal("效益指标", project.Indicators[^1].Level1);
    }

    [Fact]
    public void A_cost_label_with_its_own_level_two_stays_a_level_one()
    {
        var project = TargetForm(
            "一级指标\t二级指标\t三级指标\t指标值\t绩效标准",
            "产出指标\t数量指标\t雾炮车配备车辆数\t10\t计划标准",
            "质量指标\t服务周期内空气质量\t优良\t计划标准",
            "成本指标\t经济成本指标\t项目总成本\t≤90万元\t计划标准");
        var cost = project.Indicators.Single(i => i.Name == "项目总成本");
        Assert.Equal(("成本指标", "经济成本指标"), (cost.Level1, cost.Level2));
    }

    [Fact]
    public void A_cost_label_under_the_first_level_column_of_a_form_without_a_second_is_the_sibling_level_two()
    {
        var project = TargetForm(
            "一级指标\t三级指标\t指标值",
            "数量指标\t大楼安检巡察次数\t200次",
            "质量指标\t设备维修验收合格率\t95%",
            "成本指标\t成本控制率\t不超预算",
            "满意度指标\t服务对象满意度\t≥90%");
        var cost = project.Indicators.Single(i => i.Name == "成本控制率");
        Assert.Equal(("产出指标", "成本指标"), (cost.Level1, cost.Level2));
    }

    private static ProjectRecord TargetForm(params string[] lines) => TextReports.SingleTitled("项目支出绩效目标表", lines);
}
