namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A web page's "|" table dump writes a template's unfilled slot ("指标2：") or a page marker without bars, on a line
/// of its own between two rows: the rows on either side are still one table, however few rows each run holds.
/// </summary>
public sealed class PipeRowsAroundSlotsTests
{
    [Fact]
    public void Rows_between_unfilled_slot_lines_are_read_as_one_table()
    {
        var project = TextReports.Single(
            "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |",
            "| 产出指标 | 数量指标 | 新建便民服务点 | 10 | 12个 | 12个 | 10 |",
            "指标2：",
            "| 质量指标 | 验收合格率 | 10 | 100% | 100% | 10 |",
            "指标2：",
            "| 时效指标 | 按期完工率 | 10 | 100% | 95% | 8 |");
        Assert.Equal(["新建便民服务点", "验收合格率", "按期完工率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("时效指标", 8.0), (project.Indicators[2].Level2, project.Indicators[2].Score));
    }

    [Fact]
    public void A_run_of_one_row_after_a_line_of_prose_stays_a_paragraph()
    {
        var project = TextReports.Single(
            "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |",
            "| 产出指标 | 数量指标 | 新建便民服务点 | 10 | 12个 | 12个 | 10 |",
            "| 质量指标 | 验收合格率 | 10 | 100% | 100% | 10 |",
            "本项目由区住建局负责组织实施并验收。",
            "| 来源 | 区政府网站 | 2023年 |");
        Assert.Equal(["新建便民服务点", "验收合格率"], project.Indicators.Select(i => i.Name));
    }
}
