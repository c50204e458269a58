namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A target form prints every group of the framework, filled or not; in a text export the empty groups keep only their
/// level label, each alone on its line between the table's rows. The labels do not end the table, and none of them
/// becomes an indicator.
/// </summary>
public sealed class EmptyGroupLabelTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t指标值";

    [Fact]
    public void The_row_after_two_empty_group_labels_is_still_read_as_an_indicator()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t新建村道里程\t≥12公里",
            "效益指标\t社会效益指标\t道路通行条件改善\t明显改善",
            "生态效益指标",
            "可持续影响指标",
            "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%",
            "审核意见");
        Assert.Equal(["新建村道里程", "道路通行条件改善", "沿线群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal("≥90%", project.Indicators[2].Target!.Text);
        Assert.Equal("满意度指标", project.Indicators[2].Level1);
    }

    // The level-1 cells merged down a group, flattened by the export onto a line of their own right under the header.
    [Fact]
    public void A_level_label_line_right_under_the_header_does_not_cut_the_rows_off_the_header()
    {
        var project = TextReports.Single(
            Header,
            "产出指标",
            "\t数量指标\t新建村道里程\t≥12公里",
            "\t质量指标\t工程验收合格率\t100%",
            "满意度指标",
            "\t服务对象满意度指标\t沿线群众满意度\t≥90%");
        Assert.Equal(["新建村道里程", "工程验收合格率", "沿线群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["产出指标", "产出指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
        Assert.Equal("≥12公里", project.Indicators[0].Target!.Text);
    }

    // The older national form lets 效益指标 hold 服务对象满意度指标; a 满意度指标 written out above the row says otherwise.
    [Fact]
    public void A_lone_satisfaction_label_opens_its_own_level_1_rather_than_a_level_2_under_the_one_above()
    {
        var project = TextReports.Single(
            Header,
            "效益指标\t社会效益指标\t道路通行条件改善\t明显改善",
            "满意度指标",
            "服务对象满意度指标\t沿线群众满意度\t≥90%");
        var satisfaction = Assert.Single(project.Indicators, i => i.Name == "沿线群众满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标"), (satisfaction.Level1, satisfaction.Level2));
    }

    [Fact]
    public void Three_empty_group_labels_in_a_row_do_not_end_the_table_and_the_last_one_leads_the_row_under_them()
    {
        var project = TextReports.Single(
            Header,
            "效益指标\t社会效益指标\t道路通行条件改善\t明显改善",
            "经济效益指标",
            "生态效益指标",
            "可持续影响指标",
            "\t\t道路设施长效管护\t长期",
            "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%");
        var lasting = Assert.Single(project.Indicators, i => i.Name == "道路设施长效管护");
        Assert.Equal(("效益指标", "可持续影响指标", "长期"), (lasting.Level1, lasting.Level2, lasting.Target!.Text));
        Assert.Equal(3, project.Indicators.Count);
    }

    [Fact]
    public void A_lone_level_label_sets_the_level_of_the_rows_under_it()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t新建村道里程\t≥12公里",
            "效益指标\t社会效益指标\t道路通行条件改善\t明显改善",
            "可持续影响指标",
            "\t\t道路设施长效管护\t长期",
            "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%");
        var lasting = Assert.Single(project.Indicators, i => i.Name == "道路设施长效管护");
        Assert.Equal(("效益指标", "可持续影响指标"), (lasting.Level1, lasting.Level2));
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("可持续影响", StringComparison.Ordinal));
    }
}
