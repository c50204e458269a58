namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Score sheets of 评价报告 and 事前评估 often write their points columns with the unit ("4分" under 分值 and 得分), and
/// put a level-1 row carrying its subtotal ("决策（20分） | | | 20 | | 18") above the rows it heads.
/// </summary>
public sealed class PointsWrittenWithFenTests
{
    [Fact]
    public void Points_cells_written_with_fen_are_read_as_weight_and_score()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
            "决策\t项目立项\t立项依据充分性\t4分\t符合得4分，每缺一项扣1分\t4分",
            "过程\t资金管理\t预算执行率\t10分\t执行率100%得满分，每降低1%扣0.5分\t7.5分");
        Assert.Equal(["立项依据充分性", "预算执行率"], project.Indicators.Select(i => i.Name));
        Assert.Equal([4.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([4.0, 7.5], project.Indicators.Select(i => i.Score!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Target));
    }

    [Fact]
    public void A_level_1_row_that_carries_its_subtotal_is_no_indicator()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
            "决策（20分）\t\t\t20\t\t18",
            "\t项目立项（8分）\t立项依据充分性\t4\t符合得4分\t4",
            "\t\t立项程序规范性\t4\t规范得4分\t3",
            "过程（20分）\t资金管理（10分）\t预算执行率\t10\t每降低1%扣0.5分\t7");
        Assert.Equal(["立项依据充分性", "立项程序规范性", "预算执行率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["决策", "决策", "过程"], project.Indicators.Select(i => i.Level1));
        Assert.Equal([4.0, 4.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
    }

    [Fact]
    public void A_cell_that_is_no_bare_points_figure_is_no_weight()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
            "决策\t项目立项\t立项依据充分性\t满分4分\t符合得4分\t得4分");
        var indicator = Assert.Single(project.Indicators);
        Assert.Null(indicator.Weight);
        Assert.Null(indicator.Score);
    }
}
