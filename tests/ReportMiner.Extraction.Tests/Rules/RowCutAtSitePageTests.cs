namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Document-sharing sites write the number of each page at the start of its first line ("1、…", "2、…"). Where a page
/// break cut an indicator row, the row's labels stay on the old page and its values open the new one behind the
/// number, inside a cut cell ("…覆" / "2、盖率") or at the start of the next cell ("资金管理" / "3、资金到位率").
/// Seen in document-site copies of a 绩效目标表, a 自评表 and an evaluation score table (R108, R194, R058).
/// </summary>
public sealed class RowCutAtSitePageTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\t偏差原因";

    [Fact]
    public void A_cell_cut_by_the_page_break_is_joined_across_the_page_number()
    {
        var project = TextReports.Single(
            "1、某县2021年度项目支出绩效自评表",
            Header,
            "产出指标\t数量指标\t培训农户人数\t10\t≥300人\t320人\t10",
            "质量指标\t村级服务站点覆",
            "2、盖率\t10\t≥90%\t95%\t10",
            "效益指标\t社会效益指标\t带动就业人数\t10\t≥50人\t61人\t10");
        var row = Assert.Single(project.Indicators, i => i.Name == "村级服务站点覆盖率");
        Assert.Equal(("产出指标", "质量指标"), (row.Level1, row.Level2));
        Assert.Equal((90.0, 95.0, 10.0), (row.Target!.Value!.Value, row.Actual!.Value!.Value, row.Weight!.Value));
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("站点覆", StringComparison.Ordinal) && i.Name != row.Name);
        Assert.Equal(3, project.Indicators.Count);
    }

    [Fact]
    public void A_level_label_left_on_the_old_page_keeps_its_cell_and_the_name_opens_the_new_page()
    {
        var project = TextReports.Single(
            "1、某县2021年度项目绩效评价评分表",
            Header,
            "项目决策(20分)\t项目立项\t立项依据充分性\t5\t充分\t充分\t5",
            "过程(30分)\t资金管理",
            "2、资金到位率\t10\t100%\t100%\t10");
        var row = Assert.Single(project.Indicators, i => i.Name == "资金到位率");
        Assert.Equal("资金管理", row.Level2);
        Assert.Equal((10.0, 10.0), (row.Weight!.Value, row.Score!.Value));
        Assert.DoesNotContain(project.Indicators, i => i.Name == "资金管理");
    }

    [Fact]
    public void The_blank_merged_across_the_old_page_row_does_not_hide_the_moved_values()
    {
        var project = new Docs().Para("1、某县2021年度项目绩效评价评分表").Table(
                Header,
                "项目决策(20分)\t项目立项\t立项依据充分性\t5\t充分\t充分\t5\t",
                "过程(30分)\t资金管理\t\t<\t<\t<\t<\t<",
                "2、资金到位率\t10\t100%\t100%\t10\t\t<\t<")
            .Single();
        var row = Assert.Single(project.Indicators, i => i.Name == "资金到位率");
        Assert.Equal(("资金管理", 10.0, 10.0), (row.Level2, row.Weight!.Value, row.Score!.Value));
    }

    [Fact]
    public void A_numbered_row_is_not_joined_when_no_earlier_page_carries_the_number_before()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t培训农户人数\t10\t≥300人\t320人\t10",
            "质量指标\t村级服务站点覆",
            "2、盖率\t10\t≥90%\t95%\t10");
        Assert.DoesNotContain(project.Indicators, i => i.Name == "村级服务站点覆盖率");
    }
}
