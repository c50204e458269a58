using ReportMiner.Extraction.CellRuns;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A 绩效目标表 whose indicator table a document site glued into one line (R266 of the real corpus; R018 glues its own
/// with an 指标解释 cell after each name): one target per row after a comparator, no actual to double.
/// </summary>
public sealed class GluedTargetRowsTests
{
    private const string Glued = "一级指标二级指标三级指标指标目标值产出指标数量指标开放天数=300天质量指标考核完成率=100百分比"
                                 + "时效指标完成及时率≥99%效益指标社会效益指标接待观众人数≥30000人次";

    [Fact]
    public void Each_name_before_a_comparator_becomes_a_row_with_its_target_and_the_levels_of_the_labels_before_it()
    {
        var rows = GluedTargetRows.TableOf(Glued);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["产出指标", "数量指标", "开放天数", "=300天"], rows[1]);
        Assert.Equal(["产出指标", "质量指标", "考核完成率", "=100百分比"], rows[2]);
        Assert.Equal(["产出指标", "时效指标", "完成及时率", "≥99%"], rows[3]);
        Assert.Equal(["效益指标", "社会效益指标", "接待观众人数", "≥30000人次"], rows[4]);
    }

    [Fact]
    public void A_unit_stops_where_the_next_level_label_begins()
    {
        var rows = GluedTargetRows.TableOf("产出指标数量指标开展修复工程≥11质量指标验收合格率≥95%时效指标开工率≥90%");
        Assert.Equal("≥11", rows[1][3]);
    }

    [Fact]
    public void The_explanation_glued_after_a_name_is_no_part_of_it()
    {
        var rows = GluedTargetRows.TableOf("成本指标经济成本指标成本控制率(%)反映成本控制情况≤100%产出指标数量指标修复工程(个)反映开展情况≥1时效指标开展率(%)反映开展情况≥100%");
        Assert.Equal("成本控制率(%)", rows[1][2]);
        Assert.Equal(["成本指标", "经济成本指标"], rows[1][..2]);
    }

    [Fact]
    public void A_prose_paragraph_with_a_target_is_not_rebuilt() =>
        Assert.Empty(GluedTargetRows.TableOf("项目实施后，数量指标全部完成，群众满意度达到≥90%，培训合格率≥95%，设施完好率≥98%。"));

    [Fact]
    public void A_listed_target_notice_with_colons_and_semicolons_is_left_to_the_prose_reader() =>
        Assert.Empty(GluedTargetRows.TableOf("数量指标：种植数量>=17600株；成活率>=85%；时效指标：完成及时率>=100%。"));

    [Fact]
    public void Fewer_than_three_anchored_rows_are_no_table() =>
        Assert.Empty(GluedTargetRows.TableOf("产出指标数量指标开放天数=300天质量指标考核完成率=100百分比"));

    [Fact]
    public void Anchored_items_without_any_level_two_label_are_no_table() =>
        Assert.Empty(GluedTargetRows.TableOf("产出指标开放天数=300天考核完成率=100百分比完成及时率≥99%"));

    [Fact]
    public void A_self_evaluation_with_an_actual_column_is_left_to_the_doubled_figure_reader() =>
        Assert.Empty(GluedTargetRows.TableOf("一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标数量指标安装水标尺10≥266米≥266米10质量指标合格率20≥95%≥95%20时效指标开工率10≥90%≥90%10"));

    [Fact]
    public void Cells_set_apart_by_spaces_are_no_glued_table() =>
        Assert.Empty(GluedTargetRows.TableOf("产出指标 数量指标 开放天数 =300天 质量指标 完成率 =100% 时效指标 及时率 ≥99%"));
}
