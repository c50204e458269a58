using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A target split under its 指标值 into 符号 | 数值 | 单位: 符号 is the comparator's column, as 计算符号 and 指标性质 are,
/// so the figure beside it is the target.
/// </summary>
public sealed class SymbolValueUnitHeaderTests
{
    [Fact]
    public void A_symbol_column_under_the_indicator_value_is_the_comparator_and_the_figure_beside_it_the_target()
    {
        var header = IndicatorHeader.FromRows([
            ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
            ["", "", "", "符号", "数值", "单位"]]);
        Assert.NotNull(header);
        Assert.Equal(3, header.Roles[ColumnRole.TargetOp]);
        Assert.Equal(4, header.Roles[ColumnRole.Target]);
        Assert.Equal(5, header.Roles[ColumnRole.Unit]);
    }

    [Fact]
    public void A_target_form_split_into_symbol_value_and_unit_under_its_indicator_value_yields_whole_targets()
    {
        var project = TextReports.SingleTitled("项目支出绩效目标表",
            "项目名称\t乡村道路养护",
            "一级指标\t二级指标\t三级指标\t指标值\t\t",
            "\t\t\t符号\t数值\t单位",
            "产出指标\t数量指标\t养护道路里程\t≥\t36\t公里",
            "\t质量指标\t养护验收合格率\t≥\t95\t%",
            "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥\t90\t%");
        Assert.Equal(["养护道路里程", "养护验收合格率", "沿线群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal([">=36公里", ">=95%", ">=90%"], project.Indicators.Select(i => i.Target!.Op + i.Target.Value + i.Target.Unit));
    }

    [Theory]
    [InlineData("符号", ColumnRole.TargetOp)]
    [InlineData("指标值（含符号）", ColumnRole.Target)]
    public void The_bare_symbol_heads_the_comparator_but_a_value_header_that_mentions_it_stays_the_value(string header, ColumnRole role) =>
        Assert.Equal(role, HeaderSemantics.RoleOf(header));
}
