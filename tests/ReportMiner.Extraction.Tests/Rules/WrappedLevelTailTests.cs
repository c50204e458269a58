using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A level cell whose "指标" wrapped onto a line of its own ("经济成本" / "指标"), and the level cells a score table
/// prints with their points in front ("(20分)项目决策"): the row keeps its level labels and its name.
/// </summary>
public sealed class WrappedLevelTailTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t指标值\t分值";

    // "项目建设成本" + "指标" holds the framework word 成本 too; the level cell is the one that opens with a framework word.
    [Fact]
    public void The_tail_completes_the_level_cell_that_opens_with_a_framework_word_not_a_name_that_holds_one()
    {
        var project = TextReports.Single(
            Header,
            "成本指标\t经济成本\t项目建设成本\t≤65万元\t10",
            "指标",
            "产出指标\t数量指标\t新建晾晒房\t1座\t10");
        var cost = project.Indicators[0];
        Assert.Equal(("成本指标", "经济成本指标", "项目建设成本", "≤65万元"), (cost.Level1, cost.Level2, cost.Name, cost.Target!.Text));
        Assert.Equal(2, project.Indicators.Count);
    }

    // With a side label over the rows (年度绩效目标 in the header's first column) a name read as "项目建设成本指标" shifted
    // the row: the level 2 became the name and the points the target.
    [Fact]
    public void Under_a_side_label_the_completed_level_cell_keeps_the_row_in_its_columns()
    {
        var project = TextReports.Single(
            "年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值\t分值\t指标解释",
            "成本指标\t经济成本\t项目建设成本\t≤65万元\t10",
            "指标",
            "产出指标\t数量指标\t新建晾晒房\t1座\t10");
        Assert.Equal(["项目建设成本", "新建晾晒房"], project.Indicators.Select(i => i.Name));
        Assert.Equal(10.0, project.Indicators[0].Weight);
    }

    [Fact]
    public void A_level_tail_right_above_the_next_tables_header_still_completes_the_level_cell()
    {
        var project = TextReports.Single(
            Header,
            "满意度指标\t服务对象满\t群众满意率\t≥90%\t10",
            "意度指标",
            "一级指标\t二级指标\t三级指标\t指标值\t分值",
            "产出指标\t数量指标\t新建晾晒房\t1座\t10");
        var satisfaction = project.Indicators.Single(i => i.Name == "群众满意率");
        Assert.Equal("服务对象满意度指标", satisfaction.Level2);
    }

    [Fact]
    public void A_plain_line_right_above_the_next_tables_header_is_no_name_tail()
    {
        var project = TextReports.Single(
            Header,
            "满意度指标\t服务对象满意度指标\t群众满意率\t≥90%\t10",
            "年度绩效",
            "一级指标\t二级指标\t三级指标\t指标值\t分值",
            "产出指标\t数量指标\t新建晾晒房\t1座\t10");
        Assert.Equal(["群众满意率", "新建晾晒房"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Wrapped_names_that_fill_numbered_slots_keep_the_rows_below()
    {
        var project = TextReports.Single(
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值",
            "产出指标\t数量指标\t指标1:新建保鲜\t1座",
            "库数量",
            "指标2:新建保鲜\t3550平方米",
            "库面积",
            "指标3:新建消防水池数量\t1座");
        Assert.Equal(["新建保鲜库数量", "新建保鲜库面积", "新建消防水池数量"], project.Indicators.Select(i => i.Name));
        Assert.Equal("3550平方米", project.Indicators[1].Target!.Text);
    }

    [Theory]
    [InlineData("产出指标（50分）", "产出指标")]
    [InlineData("(20分)", "")]
    [InlineData("(2020)年度项目", "(2020)年度项目")]
    public void Points_after_a_level_label_are_left_out(string cell, string label) =>
        Assert.Equal(label, IndicatorFramework.WithoutPoints(cell));
}
