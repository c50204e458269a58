namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A header whose value cells wrapped ("绩效" over "目标值", "实际" over "完成值"), exported with the rest of those
/// cells as one line of words of its own under the header row: the words complete the cells they continue, so the
/// columns under them are read as target and actual.
/// </summary>
public sealed class HeaderRestLineTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t绩效\t实际\t评分标准\t指标分值\t自评得分";

    [Fact]
    public void The_words_under_the_header_row_make_its_wrapped_cells_the_target_and_actual_columns()
    {
        var project = TextReports.Single(
            Header,
            "目标值 完成值",
            "产出指标\t数量指标\t开展宣传活动场数\t10场\t11场\t达10场得6分\t6\t6",
            "\t\t抽查监测站点个数\t9个\t8个\t少一个扣1分\t6\t5");
        Assert.Equal(["开展宣传活动场数", "抽查监测站点个数"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["10场", "9个"], project.Indicators.Select(i => i.Target?.Text));
        Assert.Equal(["11场", "8个"], project.Indicators.Select(i => i.Actual?.Text));
        Assert.Equal([6d, 5d], project.Indicators.Select(i => i.Score));
    }

    // A PDF's text layer runs the two words together.
    [Fact]
    public void The_rest_of_the_header_cells_run_together_into_one_word_still_completes_them()
    {
        var project = TextReports.Single(
            Header,
            "目标值完成值",
            "产出指标\t数量指标\t开展宣传活动场数\t10场\t11场\t达10场得6分\t6\t6");
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal(("10场", "11场"), (indicator.Target?.Text, indicator.Actual?.Text));
    }

    [Fact]
    public void A_line_of_words_that_completes_no_header_cell_leaves_the_header_as_it_was()
    {
        var project = TextReports.Single(
            Header,
            "详见附件 另行说明",
            "产出指标\t数量指标\t开展宣传活动场数\t10场\t11场\t达10场得6分\t6\t6");
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal(("开展宣传活动场数", 6d), (indicator.Name, indicator.Weight));
        Assert.Null(indicator.Target);
    }
}
