using ReportMiner.Extraction.CellRuns;
using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A 自评表 a page flattened into one paragraph of space-separated cells with its header scrambled (R222 of the real
/// corpus; R101 and R465 write the same slotted rows): the slot "指标1:" opens each name and four cells follow it.
/// </summary>
public sealed class SlottedSpacedRowsTests
{
    private const string Scrambled =
        "一级 指标 二级指标 三级指标 数量指标 指标1:改造户数 绩 效 指 标 某县住建局 产出 指标 (50分 ) 实际 指标值 完成值 120 分值 得分 "
        + "质量指标 指标1:竣工验收合格 率 100% 98% 20 18 时效指标 指标1:资金拨付及 时率 100% 100% 10 10 "
        + "满意度 指标 服务对象满意度指标 指标1:住户满意度 ≥90% 95% 10 10 总分";

    [Fact]
    public void A_slotted_name_and_the_four_value_cells_after_it_make_a_row_with_the_level_label_before_the_slot()
    {
        var rows = SlottedSpacedRows.RowsOf(Scrambled);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["产出指标", "质量指标", "竣工验收合格率", "100%", "98%", "20", "18"], rows[0]);
        Assert.Equal(["产出指标", "时效指标", "资金拨付及时率", "100%", "100%", "10", "10"], rows[1]);
        Assert.Equal(["满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "95%", "10", "10"], rows[2]);
    }

    [Fact]
    public void A_word_target_right_after_the_name_is_a_value_not_a_wrapped_piece_of_the_name()
    {
        var rows = SlottedSpacedRows.RowsOf("时效指标 指标1:资金拨付进度 及时 及时 20 20 质量指标 指标2:验收合格率 100% 100% 10 9");
        Assert.Equal(["产出指标", "时效指标", "资金拨付进度", "及时", "及时", "20", "20"], rows[0]);
        Assert.Equal("验收合格率", rows[1][2]);
    }

    [Fact]
    public void A_score_above_the_points_or_a_slot_without_values_makes_no_row()
    {
        Assert.Empty(SlottedSpacedRows.RowsOf("质量指标 指标1:验收合格率 100% 100% 10 19 时效指标 指标1:按时完成率 偏差原因 已完成"));
    }

    [Fact]
    public void A_flattened_form_with_slotted_rows_gives_its_indicators()
    {
        var project = new Docs().Para("某县2020年度项目支出绩效自评表").Para("项目名称 农村危房改造补助资金 主管部门 某县住房和城乡建设局")
            .Para(Scrambled).Single();
        Assert.Contains(project.Indicators, i => i.Name == "竣工验收合格率" && i.Level2 == "质量指标" && i.Weight == 20 && i.Score == 18);
        Assert.Contains(project.Indicators, i => i.Name == "住户满意度" && i.Target!.Text == "≥90%");
    }

    [Fact]
    public void Slotted_rows_written_one_per_line_under_a_scattered_header_give_their_indicators()
    {
        var project = new Docs().Para("某县项目支出绩效自评表 (2021年度)").Para("项目名称 基本公共卫生服务 主管部门 某县卫生健康局")
            .Para("年度 总体 目标 一级 指标 年度 实际 指标值 完成值").Para("二级指标 三级指标").Para("分值 得分")
            .Para("指标6:举办健康教育宣传咨询活动 12次 96次 1 1").Para("指标7:建立预防接种证 221人 221人 2 2")
            .Para("指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9").Single();
        Assert.Contains(project.Indicators, i => i.Name == "建立预防接种证" && i.Weight == 2 && i.Score == 2);
        Assert.Contains(project.Indicators, i => i.Name == "适龄儿童疫苗接种率" && i.Target!.Text == "100.00%" && i.Score == 1.9);
    }
}
