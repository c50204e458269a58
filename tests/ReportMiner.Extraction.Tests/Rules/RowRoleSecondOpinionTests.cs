using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The row-role model's second opinion keeps indicator rows and turns away rows it is sure are not.</summary>
public sealed class RowRoleSecondOpinionTests
{
    [Fact]
    public void Ordinary_indicator_rows_are_still_read_as_indicators()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "产出指标\t数量指标\t维修路灯数量\t≥300盏\t326盏\t20\t20\t",
            "^\t质量指标\t路灯完好率\t≥95%\t97%\t20\t20\t",
            "效益指标\t社会效益指标\t夜间出行便利度\t明显提升\t明显提升\t30\t28\t").Single();
        Assert.Equal(3, project.Indicators.Count);
    }

    [Fact]
    public void A_total_row_is_not_an_indicator_row()
    {
        var docs = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t维修路灯数量\t≥300盏\t326盏\t20\t20",
            "总分\t\t\t\t\t100\t98");
        var table = docs.Build().Tables.Single();
        DocItem Row(int r) => new(r, 1, "", table, r, []);
        Assert.True(LearnedRowRoles.IsNotIndicator(Row(2)));
        Assert.False(LearnedRowRoles.IsNotIndicator(Row(1)));
    }

    // An export that split the merged level labels into one filled cell and blanks (a .docx or PDF of a text table).
    private static Docs SplitMerges() => new Docs().Table(
        "一级指标\t二级指标\t三级指标\t指标值\t\t",
        "产出指标\t数量指标\t巡诊覆盖率\t≥80%\t\t<",
        "\t\t5个乡镇卫生院巡诊次数\t≥12次\t\t<",
        "\t\t随访完成率\t≥90%\t\t<");

    [Fact]
    public void Blank_cells_opening_a_row_under_level_labels_count_as_covered_from_above()
    {
        var table = SplitMerges().Build().Tables.Single();

        var shape = TableRowShape.Of(table, 2);
        var header = TableRowShape.Of(table, 0);

        Assert.Equal(2, shape.CoveredFromAbove);
        Assert.Equal(["5个乡镇卫生院巡诊次数", "≥12次", ""], shape.Cells.Select(c => c.Text));
        Assert.Equal(0, header.CoveredFromAbove);
    }

    [Fact]
    public void A_row_under_split_level_labels_is_read_as_an_indicator_as_under_merged_ones()
    {
        var project = SplitMerges().Single();

        var row = Assert.Single(project.Indicators, i => i.Name == "5个乡镇卫生院巡诊次数");
        Assert.Equal("数量指标", row.Level2);
        Assert.Equal(3, project.Indicators.Count);
    }

    [Fact]
    public void A_row_under_split_level_labels_with_a_figure_that_fits_no_weight_column_keeps_its_target()
    {
        // The level labels span three rows in the form; the export left the second and third rows opening with blanks.
        var project = new Docs().Table(
            "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分",
            "产出指标\t数量指标\t指标1新建蓄水池\t10\t20座\t20座\t10\t<",
            "\t\t指标2修复渠道\t10\t5公里\t5公里\t10\t<",
            "\t\t指标3配套灌溉面积\t1200亩\t\t<\t<\t<").Single();

        var row = Assert.Single(project.Indicators, i => i.Name == "配套灌溉面积");
        Assert.Equal("1200亩", row.Target?.Text);
        Assert.Equal("数量指标", row.Level2);
    }
}
