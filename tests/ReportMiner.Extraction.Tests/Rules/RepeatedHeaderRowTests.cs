namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A form whose header row repeats on every page prints it again inside the table (a PDF's text, a page that was
/// printed and typed back): the rows below it still belong to the level cells spanning from above it, and the
/// repeated header is no indicator.
/// </summary>
public sealed class RepeatedHeaderRowTests
{
    private const string Header = "年度绩效目标(80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分";

    [Fact]
    public void Rows_after_a_repeated_header_keep_the_levels_carried_from_above_it()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t改造农村危房\t≥120户\t126户\t10",
            "新建村级公厕\t≥8座\t8座\t10",
            Header,
            "修缮文化广场\t≥3处\t3处\t10",
            "质量指标\t工程验收合格率\t100%\t100%\t10");
        var square = Assert.Single(project.Indicators, i => i.Name == "修缮文化广场");
        Assert.Equal(("产出指标", "数量指标"), (square.Level1, square.Level2));
        Assert.Equal(3.0, square.Actual!.Value);
        Assert.Equal("质量指标", Assert.Single(project.Indicators, i => i.Name == "工程验收合格率").Level2);
    }

    [Fact]
    public void A_row_cut_where_the_header_repeats_is_completed_by_its_cells_below_the_header()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t新建村级公厕\t≥8座\t8座\t10",
            "质量指标\t工程验收合格率",
            Header,
            "100%\t100%\t10",
            "时效指标\t按期完工率\t100%\t100%\t10");
        var rate = Assert.Single(project.Indicators, i => i.Name == "工程验收合格率");
        Assert.Equal((100.0, 100.0, 10.0), (rate.Target!.Value, rate.Actual!.Value, rate.Score));
        Assert.Equal(3, project.Indicators.Count);
    }

    [Fact]
    public void A_repeated_header_row_is_not_read_as_an_indicator()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t改造农村危房\t≥120户\t126户\t10",
            Header,
            "效益指标\t社会效益指标\t群众住房安全保障\t有效保障\t有效保障\t10");
        Assert.Equal(["改造农村危房", "群众住房安全保障"], project.Indicators.Select(i => i.Name));
        Assert.DoesNotContain(project.Indicators, i => i.Level2 == "一级指标" || i.Level1 == "年度绩效目标");
    }
}
