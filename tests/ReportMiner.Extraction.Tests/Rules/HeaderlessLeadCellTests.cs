namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An indicator table read without its header whose first row opens with a cell that is no level: the row's 序号
/// (R480's 序号 | 一级指标 | …, seed 002's 序号 | 项目主要绩效指标 | …) or the 绩效指标 side label spanning the rows; and a
/// form without level columns whose rows open with the name, its unit and a comparator.
/// </summary>
public sealed class HeaderlessLeadCellTests
{
    [Fact]
    public void A_serial_number_before_the_levels_does_not_hide_the_table()
    {
        var project = TextReports.Single(
            "1\t产出指标\t数量指标\t修缮村道\t≥12公里\t12公里\t20\t20",
            "2\t\t质量指标\t路面验收合格率\t≥95%\t97%\t10\t9",
            "3\t效益指标\t社会效益指标\t受益群众\t≥800人\t850人\t10\t10");
        Assert.Equal(["修缮村道", "路面验收合格率", "受益群众"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", "数量指标", 20.0), (project.Indicators[0].Level1, project.Indicators[0].Level2, project.Indicators[0].Weight!.Value));
    }

    [Fact]
    public void A_side_label_written_on_the_first_row_is_left_out_of_its_levels()
    {
        var project = TextReports.Single(
            "绩效指标\t产出指标\t数量指标\t修缮村道\t≥12公里\t12公里\t20\t20",
            "\t\t质量指标\t路面验收合格率\t≥95%\t97%\t10\t9");
        Assert.Equal(["修缮村道", "路面验收合格率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", "数量指标"), (project.Indicators[0].Level1, project.Indicators[0].Level2));
    }

    // A target form without level columns (指标名称 | 计量单位 | 指标性质 | 指标值: R799, R138; R260 prints the same parts
    // after its levels), its header on another page: the unit and the comparator after the name make the target.
    [Fact]
    public void A_name_followed_by_a_unit_and_a_comparator_opens_a_table_without_levels()
    {
        var project = TextReports.SingleTitled("项目支出绩效目标表",
            "辅警人员\t人\t=\t512",
            "项目持续期\t定性\t基本建立",
            "项目成本概算\t万元\t≤\t3584");
        Assert.Equal(["辅警人员", "项目持续期", "项目成本概算"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("<=", 3584.0, "万元"), (project.Indicators[2].Target!.Op, project.Indicators[2].Target!.Value!.Value, project.Indicators[2].Target!.Unit));
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }
}
