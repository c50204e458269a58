using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Cost and subsidy standards are written per something (≤1600元/亩, 260元/辆, 290kg/人): such a cell is a value, so
/// a row whose cells only spaces separate still ends at its target and the rows after it are read.
/// </summary>
public sealed class PerUnitValueTests
{
    [Fact]
    public void A_target_per_unit_is_a_value_cell_not_a_label()
    {
        Assert.True(CellKinds.IsValue("<=1600元/亩"));
        Assert.True(CellKinds.IsValue("290kg/人"));
        Assert.False(CellKinds.IsLabel("≤80元/平方米"));
        Assert.True(CellKinds.IsLabel("亩均财政补助标准"));
    }

    [Fact]
    public void Spaced_rows_after_a_per_unit_target_are_still_read_with_their_levels()
    {
        var project = TextReports.Single(
            "项目名称 某镇2023年高标准农田建设项目",
            "绩效指标 一级指标 二级指标 三级指标 指标值 备注",
            "产出指标 数量指标 新建高标准农田面积 >=1200亩  ",
            "质量指标 工程验收合格率 >=98%  ",
            "成本指标 亩均财政补助标准 <=1600元/亩  ",
            "机耕路建设成本 <=80元/平方米  ",
            "效益指标 社会效益指标 受益农户数 >=300户  ",
            "满意度指标 服务对象满意度指标 受益农户满意度 >=90%  ");
        Assert.Equal(["新建高标准农田面积", "工程验收合格率", "亩均财政补助标准", "机耕路建设成本", "受益农户数", "受益农户满意度"],
            project.Indicators.Select(i => i.Name));
        var cost = project.Indicators.Single(i => i.Name == "亩均财政补助标准");
        Assert.Equal(("产出指标", "成本指标"), (cost.Level1, cost.Level2));
        Assert.Equal(("<=", 1600.0), (cost.Target!.Op, cost.Target.Value!.Value));
        Assert.Equal("满意度指标", project.Indicators[^1].Level1);
    }
}
