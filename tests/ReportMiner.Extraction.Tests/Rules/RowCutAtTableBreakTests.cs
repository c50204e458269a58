namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A page break cut a row after its target: the export wrote the rest of the row ("8535.5亩") as a line of its
/// own, and the table goes on in a second part without a header.
/// </summary>
public sealed class RowCutAtTableBreakTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t偏差原因";

    [Fact]
    public void The_cut_off_rest_of_a_row_completes_it_and_the_next_part_reads_under_the_same_header()
    {
        var project = new Docs().Para("项目支出绩效自评表").Table(
                Header,
                "产出指标\t数量指标\t新增灌溉面积\t10\t1200亩\t1260亩\t10\t",
                "^\t^\t建设高标准农田面积\t8000亩")
            .Para("8535.5亩")
            .Table(
                "^\t质量指标\t工程验收合格率\t10\t100%\t100%\t10\t",
                "效益指标\t社会效益指标\t受益农户数量\t10\t300户\t320户\t9\t")
            .Single();
        var cut = project.Indicators.Single(i => i.Name == "建设高标准农田面积");
        Assert.Equal((8000.0, 8535.5), (cut.Target!.Value!.Value, cut.Actual!.Value!.Value));
        Assert.Null(cut.Weight);
        var next = project.Indicators.Single(i => i.Name == "受益农户数量");
        Assert.Equal((10.0, 9.0), (next.Weight!.Value, next.Score!.Value));
        Assert.Equal(4, project.Indicators.Count);
    }

    [Fact]
    public void A_row_under_spanning_level_cells_is_not_read_with_a_spanning_cell_as_its_name()
    {
        var project = new Docs().Para("项目支出绩效自评表").Table(
                Header,
                "产出指标\t数量指标\t新增灌溉面积\t10\t1200亩\t1260亩\t10\t",
                "^\t^\t建设高标准农田面积\t8000亩")
            .Single();
        var cut = project.Indicators.Single(i => i.Name == "建设高标准农田面积");
        Assert.Equal(8000.0, cut.Target!.Value!.Value);
        Assert.Equal(("产出指标", "数量指标"), (cut.Level1, cut.Level2));
    }
}
