namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An indicator table whose header lies outside the excerpt is read from its rows: after the levels and the name
/// come the values, in the national order (指标值, 完成值, 分值, 得分) or with 分值 first, as the cells fit.
/// </summary>
public sealed class HeaderlessOrderTests
{
    [Fact]
    public void Points_written_right_after_the_name_are_the_weight()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t新建村级活动场所\t20\t5个\t5个\t20",
            "^\t质量指标\t工程验收合格率\t10\t100%\t100%\t9");
        Assert.Equal([20.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([20.0, 9.0], project.Indicators.Select(i => i.Score!.Value));
        Assert.Equal(5.0, project.Indicators[0].Target!.Value!.Value);
    }

    [Fact]
    public void Values_in_the_national_order_stay_in_it()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t新建村级活动场所\t5个\t5个\t20\t20",
            "^\t质量指标\t工程验收合格率\t100%\t100%\t10\t9");
        Assert.Equal([20.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal(100.0, project.Indicators[1].Actual!.Value!.Value);
    }

    // A self-evaluation form that prints 得分 and no 分值 (R014 is the one in the readable set) read without its header:
    // the points columns are decided from the rows below as PointsColumns decides them under an unnamed header cell.
    [Fact]
    public void A_lone_column_of_points_after_the_results_is_the_score()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t修缮村道\t≥12公里\t12公里\t15",
            "^\t质量指标\t路面验收合格率\t≥95%\t97%\t10",
            "效益指标\t社会效益指标\t受益群众\t≥800人\t650人\t7");
        Assert.Equal([15.0, 10.0, 7.0], project.Indicators.Select(i => i.Score!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Weight));
    }

    [Fact]
    public void A_score_left_blank_on_the_first_row_keeps_the_points_before_it_as_weights()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t修缮村道\t12公里\t12公里\t20\t",
            "^\t质量指标\t路面验收合格率\t95%\t97%\t10\t9",
            "^\t时效指标\t按期完工率\t100%\t100%\t10\t10");
        Assert.Equal([20.0, 10.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal<double?>([null, 9.0, 10.0], project.Indicators.Select(i => i.Score));
    }

    // Forms that write the target in parts (R260's 计量单位 | 指标性质 | 指标值; R002, R004 and R118's 指标性质 | 指标值 |
    // 度量单位), their header on another page: the parts are no actual and no points.
    [Fact]
    public void A_target_written_as_unit_comparator_and_value_cells_is_one_target()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t栽植行道树\t公里\t≥\t12",
            "^\t质量指标\t苗木成活率\t%\t≥\t90");
        Assert.Equal([(">=", 12.0, "公里"), (">=", 90.0, "%")], project.Indicators.Select(i => (i.Target!.Op, i.Target.Value!.Value, i.Target.Unit)));
        Assert.All(project.Indicators, i => Assert.Null(i.Weight));
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    [Fact]
    public void Results_and_points_after_a_target_written_in_parts_keep_their_order()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t栽植行道树\t≥\t1200\t株\t1250\t20\t20",
            "^\t质量指标\t苗木成活率\t≥\t90\t%\t93\t20\t18");
        var survival = project.Indicators[1];
        Assert.Equal((">=", 90.0, "%", 93.0, 20.0, 18.0),
            (survival.Target!.Op, survival.Target.Value!.Value, survival.Target.Unit, survival.Actual!.Value!.Value, survival.Weight!.Value, survival.Score!.Value));
    }

    // A target form's 总体目标 cell spans down beside its indicator rows when the header is not in the excerpt; a text
    // export writes the spanned cells as empty leading cells (R018's layout, R090 and R012's empty level cells).
    [Fact]
    public void A_side_label_spanning_down_from_a_row_above_does_not_hide_the_level_labels()
    {
        var project = TextReports.Single(
            "总体目标\t完成村道修缮，方便群众出行",
            "\t产出指标\t数量指标\t修缮村道\t反映修缮村道长度\t≥\t12公里",
            "\t\t质量指标\t路面验收合格率\t反映工程质量\t≥\t95%");
        Assert.Equal(["修缮村道", "路面验收合格率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", "质量指标", 95.0), (project.Indicators[1].Level1, project.Indicators[1].Level2, project.Indicators[1].Target!.Value!.Value));
    }

    // A 目标表 without a 指标性质 column writes each figure and then its 度量单位 (R442's 指标值 | 度量单位 | 权重; R004, R118,
    // R138 print a unit column too): cut from its header, the unit is no actual and the points after it are the weight.
    [Fact]
    public void A_unit_cell_after_the_first_figure_is_the_targets_unit_not_a_result()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t举办培训班\t\t12\t期\t20",
            "产出指标\t质量指标\t培训合格率\t\t95\t%\t20");
        Assert.Equal([(12.0, "期"), (95.0, "%")], project.Indicators.Select(i => (i.Target!.Value!.Value, i.Target.Unit)));
        Assert.Equal([20.0, 20.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    // A score table prints a dash where a cell is empty, and text recognition reads it as 一: it is no unit.
    [Fact]
    public void A_dash_after_the_points_is_no_unit()
    {
        var project = TextReports.Single(
            "项目决策\t项目立项\t立项依据充分性\t4\t一\t依据充分\t4",
            "\t绩效目标\t绩效目标明确性\t3\t一\t目标明确\t2");
        Assert.Equal([(4.0, 4.0), (3.0, 2.0)], project.Indicators.Select(i => (i.Weight!.Value, i.Score!.Value)));
        Assert.All(project.Indicators, i => Assert.Null(i.Target));
    }

    // The forms before the 2021 guidance put 成本指标 under 产出指标 beside 数量/质量/时效 (R040, R058, R194, R398, R442, R506),
    // though 成本指标 is a level 1 of its own in later ones: a first row 产出指标 | 成本指标 still opens the table.
    [Fact]
    public void A_first_row_of_output_and_cost_levels_opens_a_table_without_its_header()
    {
        var project = TextReports.Single(
            "产出指标\t成本指标\t设备购置成本\t≤30万元\t28万元\t10\t10",
            "\t数量指标\t购置设备数量\t≥5台\t6台\t20\t20");
        Assert.Equal(["设备购置成本", "购置设备数量"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", "成本指标", 30.0), (project.Indicators[0].Level1, project.Indicators[0].Level2, project.Indicators[0].Target!.Value!.Value));
    }
}
