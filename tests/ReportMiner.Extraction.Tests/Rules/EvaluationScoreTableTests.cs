namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A third-party evaluation's score table (评分表) is built on the evaluation framework: 决策/过程/产出/效益 at level 1,
/// 项目立项, 资金管理, 组织实施, 产出数量 … at level 2 (Data/evaluation-level2.tsv), then the indicator, its points, a
/// scoring rule and the points earned. The table is found by those rows even when its header is missing or names the
/// level columns with words no phrase list knows.
/// </summary>
public sealed class EvaluationScoreTableTests
{
    [Fact]
    public void A_score_table_whose_header_lies_outside_the_excerpt_is_read_from_its_framework_rows()
    {
        var project = TextReports.Single(
            "决策（20分）\t项目立项\t立项程序规范性\t6\t程序规范得6分，否则不得分。\t6",
            "绩效目标\t目标合理性\t14\t目标明确得14分，每缺一项扣2分。\t12",
            "过程（20分）\t资金管理\t资金使用合规性\t20\t无违规得满分，发现一处扣5分。\t15");
        Assert.Equal(["立项程序规范性", "目标合理性", "资金使用合规性"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["决策", "决策", "过程"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["项目立项", "绩效目标", "资金管理"], project.Indicators.Select(i => i.Level2));
        Assert.Equal([6.0, 14.0, 20.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([6.0, 12.0, 15.0], project.Indicators.Select(i => i.Score!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Target));
    }

    [Fact]
    public void Level_2_labels_of_the_evaluation_framework_make_an_unnamed_column_the_level_2()
    {
        var project = new Docs()
            .Para("某县2021年度农村饮水安全工程绩效评价报告")
            .Table(
                "评价维度\t评价内容\t评价指标\t分值\t评分标准\t得分",
                "产出\t产出数量\t供水工程完工率\t10\t完工率100%得满分。\t10",
                "产出\t产出质量\t水质检测合格率\t10\t合格率≥95%得满分。\t9",
                "效益\t社会效益\t受益人口覆盖率\t15\t覆盖率≥90%得满分。\t15")
            .Single();
        Assert.Equal(["产出数量", "产出质量", "社会效益"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["产出", "产出", "效益"], project.Indicators.Select(i => i.Level1));
    }

    [Fact]
    public void A_column_of_names_that_only_happens_to_hold_one_level_label_stays_the_name_column()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t得分",
            "项目绩效\t项目产出\t产出数量\t5\t5",
            "项目绩效\t项目产出\t验收合格率\t4\t4");
        Assert.Equal(["产出数量", "验收合格率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["项目产出", "项目产出"], project.Indicators.Select(i => i.Level2));
    }

    [Fact]
    public void Rows_whose_second_cell_is_no_framework_label_are_no_score_table()
    {
        var project = TextReports.Single(
            "过程\t街道办\t道路维修\t10\t已完成\t8",
            "过程\t社区服务站\t办公设备采购\t5\t已完成\t5");
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void A_generic_header_word_over_the_level_columns_leaves_the_names_right_of_the_level_labels()
    {
        var project = TextReports.Single(
            "评价指标\t\t\t分值\t评分标准\t得分",
            "决策\t项目立项\t立项程序规范性\t6\t程序规范得6分。\t6",
            "绩效目标\t目标合理性\t14\t目标明确得14分。\t12",
            "产出\t产出质量\t工程验收合格率\t20\t合格率100%得满分。\t18");
        Assert.Equal(["立项程序规范性", "目标合理性", "工程验收合格率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["决策", "决策", "产出"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["项目立项", "绩效目标", "产出质量"], project.Indicators.Select(i => i.Level2));
    }

    [Fact]
    public void Rows_that_lost_their_spanned_level_cells_do_not_hide_the_level_columns()
    {
        var project = TextReports.Single(
            "项目\t指标\t具体指标\t分值\t评分标准\t得分",
            "过程\t资金管理\t资金到位率\t5\t到位率100%得满分。\t5",
            "预算执行率\t10\t执行率≥95%得满分，每低1个百分点扣1分。\t9",
            "产出\t产出数量\t培训完成率\t15\t完成率≥90%得满分。\t15");
        Assert.Equal(["资金到位率", "预算执行率", "培训完成率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["过程", "过程", "产出"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["资金管理", "资金管理", "产出数量"], project.Indicators.Select(i => i.Level2));
    }
}
