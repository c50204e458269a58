using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Document-sharing sites number the pages of the file they show ("2、", "3、"), and where a page break cut a table
/// the number lands glued onto the first cell of the row that opened the page: a level cell ("2、财务管理"), a level
/// label ("3、效益指标"), or a name that is numbered already ("2、四、农户调查").
/// </summary>
public sealed class GluedPageNumberTests
{
    [Fact]
    public void A_page_number_glued_onto_a_level_cell_is_no_part_of_the_level()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分",
            "项目管理\t资金管理\t资金到位率\t5\t100%\t100%\t5",
            "2、过程管理\t制度执行有效性\t5\t有效\t有效\t5");
        var row = Assert.Single(project.Indicators, i => i.Name == "制度执行有效性");
        Assert.Equal("过程管理", row.Level2);
    }

    [Fact]
    public void A_level_label_with_a_page_number_in_front_still_opens_its_level()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t培训人次\t≥200人次\t230人次",
            "2、效益指标\t社会效益指标\t就业带动人数\t≥50人\t61人");
        var row = Assert.Single(project.Indicators, i => i.Name == "就业带动人数");
        Assert.Equal(("效益指标", "社会效益指标"), (row.Level1, row.Level2));
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("效益指标", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_number_before_a_numbered_name_goes_with_the_enumerator()
    {
        Assert.Equal("农户施肥情况调查", IndicatorNames.Clean("2、四、农户施肥情况调查"));
        Assert.Equal("肥料利用率", IndicatorNames.Clean("3、(1)肥料利用率"));
    }

    [Fact]
    public void A_number_that_opens_a_quantity_is_not_taken_for_a_second_enumerator()
    {
        Assert.Equal("1.5万亩示范区建成", IndicatorNames.Clean("2、1.5万亩示范区建成"));
    }

    [Fact]
    public void A_numbered_level_heading_reads_as_its_framework_label()
    {
        Assert.True(IndicatorFramework.IsLevelLabel("一、产出指标"));
        Assert.Equal("满意度指标", IndicatorFramework.LevelText("（三）满意度指标（10分）"));
        Assert.Equal("产出指标", IndicatorFramework.Level1Of("2、数量指标"));
    }
}
