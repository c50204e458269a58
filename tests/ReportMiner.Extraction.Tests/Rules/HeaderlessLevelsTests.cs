namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An indicator table whose header lies outside the excerpt, read from its first row when its level cells are not the
/// framework's plain labels: a level written with its points, a form's own level above the framework's, and a target
/// form's one value column.
/// </summary>
public sealed class HeaderlessLevelsTests
{
    [Fact]
    public void A_label_cell_without_points_after_a_level_1_is_still_the_name_not_a_level()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t新建村级活动场所\t5个\t5个\t20\t20",
            "^\t质量指标\t工程验收合格率\t100%\t100%\t10\t9");
        Assert.Equal(["新建村级活动场所", "工程验收合格率"], project.Indicators.Select(i => i.Name));
    }

    // 中央预算内投资计划绩效目标表: 实施效果指标 over the framework's 产出指标 / 效益指标, one 指标值 column.
    [Fact]
    public void A_forms_own_level_above_the_framework_label_is_level_1_and_the_lone_value_the_target()
    {
        var project = TextReports.Single(
            "实施效果指标\t产出指标\t建设项目个数(含续建)\t1",
            "竣工验收合格率\t100%",
            "效益指标\t完工项目县畜禽粪污综合利用率\t≥90%");
        Assert.Equal(["建设项目个数(含续建)", "竣工验收合格率", "完工项目县畜禽粪污综合利用率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["1", "100%", "≥90%"], project.Indicators.Select(i => i.Target!.Text));
        Assert.All(project.Indicators, i => Assert.Null(i.Weight));
        Assert.Equal(("实施效果指标", "效益指标"), (project.Indicators[2].Level1, project.Indicators[2].Level2));
    }

    [Fact]
    public void A_name_column_header_word_is_no_level_of_its_own()
    {
        var project = TextReports.Extract("绩效指标\t产出指标\t建设项目个数\t1", "竣工验收合格率\t100%");
        Assert.DoesNotContain(project.SelectMany(p => p.Indicators), i => i.Level1 == "绩效指标");
    }

    // An evaluation score table that writes each level's points beside it (R162's 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分).
    [Fact]
    public void The_points_beside_each_level_cell_are_the_levels_not_the_indicators()
    {
        var project = TextReports.Single(
            "项目决策\t20\t项目目标\t4\t目标内容\t4\t3",
            "决策过程\t8\t决策依据\t3\t3",
            "决策程序\t5\t4");
        Assert.Equal(["目标内容", "决策依据", "决策程序"], project.Indicators.Select(i => i.Name));
        Assert.Equal<double?>([4.0, 3.0, 5.0], project.Indicators.Select(i => i.Weight));
        Assert.Equal<double?>([3.0, 3.0, 4.0], project.Indicators.Select(i => i.Score));
        Assert.Equal(("项目决策", "决策过程"), (project.Indicators[2].Level1, project.Indicators[2].Level2));
    }

    [Fact]
    public void A_number_after_a_level_1_without_a_level_2_after_it_is_no_level_points()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t新建村级活动场所\t5个\t5个\t20\t20",
            "^\t质量指标\t工程验收合格率\t100%\t100%\t10\t9");
        Assert.Equal<double?>([20.0, 10.0], project.Indicators.Select(i => i.Weight));
    }

    [Fact]
    public void A_lone_figure_under_framework_levels_is_the_target()
    {
        var project = TextReports.Single(
            "产出指标\t数量指标\t新建保鲜库\t1",
            "^\t质量指标\t验收合格率\t100%");
        Assert.Equal([1.0, 100.0], project.Indicators.Select(i => i.Target!.Value!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Weight));
    }
}
