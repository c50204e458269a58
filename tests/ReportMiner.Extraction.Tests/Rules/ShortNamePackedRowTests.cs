namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A row with fewer cells than its header (a text export dropped its blank cells) keeps its own name: a short name
/// ("资产管理安全") also reads as a value, and reading the row shifted right would leave it with none.
/// </summary>
public sealed class ShortNamePackedRowTests
{
    private const string Header = "指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重(分)\t指标得分(分)\t是否核心指标";

    [Fact]
    public void A_packed_row_with_a_short_name_is_read_with_its_name_and_points()
    {
        var project = new Docs().Para("部门整体绩效自评表").Table(
                Header,
                "资金使用合规性\t好\t好\t100%\t5\t5\t否",
                "资产管理安全\t好\t好\t100%\t2\t2\t否")
            .Single();
        var row = Assert.Single(project.Indicators, i => i.Name == "资产管理安全");
        Assert.Equal(2.0, row.Weight);
        Assert.Equal(2.0, row.Score);
    }

    [Fact]
    public void A_short_named_row_with_figures_keeps_its_name()
    {
        var project = new Docs().Para("部门整体绩效自评表").Table(
                Header,
                "资金使用合规性\t好\t好\t100%\t5\t5\t否",
                "培训人数\t90%\t95%\t100%\t2\t2\t否")
            .Single();
        Assert.Contains(project.Indicators, i => i.Name == "培训人数" && i.Weight == 2.0 && i.Score == 2.0);
    }
}
