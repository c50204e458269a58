using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 自评表 that a document-sharing site flattened into one line, its cells separated by spaces: the header words
/// give the columns, and the cells after them are cut into rows where they fit those columns.
/// </summary>
public sealed class SpacedTableDumpTests
{
    private const string Header = "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施";

    private const string Body =
        "产出指标(50分) 数量指标 培训基层干部人次 ≥300人次 326人次 10 10 质量指标 培训考核合格率 ≥95% 97% 10 10 "
        + "课程安排合规性 符合培训计划 达成预期指标 10 10 时效指标 培训按期完成率 100% 100% 10 10 "
        + "效益指标(30分) 社会效益指标 参训人员履职能力 明显提升 有所提升 15 12 满意度指标(10分) 服务对象满意度指标 参训人员满意度 ≥90% 93% 10 10 合计 100 97";

    [Fact]
    public void A_flattened_form_gives_one_indicator_per_row_with_its_levels_values_and_points()
    {
        var project = new Docs()
            .Para("某县委党校2023年度干部培训项目支出绩效自评表")
            .Para("项目名称 干部培训经费 主管部门 某县委组织部 " + Header + " " + Body)
            .Single();
        Assert.Equal(["培训基层干部人次", "培训考核合格率", "课程安排合规性", "培训按期完成率", "参训人员履职能力", "参训人员满意度"],
            project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "质量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
        Assert.Equal([10.0, 10, 10, 10, 15, 10], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([10.0, 10, 10, 10, 12, 10], project.Indicators.Select(i => i.Score!.Value));
        Assert.Equal("≥300人次", project.Indicators[0].Target!.Text);
        Assert.Equal("326人次", project.Indicators[0].Actual!.Text);
        Assert.Equal("符合培训计划", project.Indicators[2].Target!.Text);
    }

    [Fact]
    public void Header_words_and_level_labels_that_the_export_spaced_apart_are_joined_again()
    {
        Assert.Equal(["一级指标", "二级指标", "三级指标", "产出指标", "数量指标", "满意度指标"],
            SpacedCells.Of("一级 指标 二级指标 三级 指标 产 出 指 标 数量指标 满意度 指标"));
    }

    [Fact]
    public void A_paragraph_with_header_words_but_no_rows_after_them_is_left_as_prose()
    {
        var item = new DocItem(0, 1, "一级指标 二级指标 三级指标 年度指标值 分值", null, null, []);
        Assert.Empty(SpacedTableDump.Rows(item));
    }

    [Fact]
    public void Prose_without_a_header_is_not_cut_into_rows()
    {
        var item = new DocItem(0, 1, "本项目 培训 基层干部 326人次 考核合格率 97% 满意度 93%", null, null, []);
        Assert.Empty(SpacedTableDump.Rows(item));
    }
}
