using ReportMiner.Extraction.CellRuns;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A 自评表 whose cells a web page or a table export wrote one per line: the header lines give the columns, the cell
/// lines after them are cut into rows by their content, and a form label line takes the value line below it.
/// </summary>
public sealed class CellRunTablesTests
{
    private static Docs Lines(Docs docs, params string[] lines)
    {
        foreach (var line in lines) docs.Para(line);
        return docs;
    }

    [Fact]
    public void A_table_written_one_cell_per_line_gives_one_indicator_per_row_with_merged_level_cells_missing()
    {
        var docs = Lines(new Docs(), "某区2022年度项目支出绩效自评表",
            "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际完成值", "分值", "得分",
            "产出指标", "数量指标", "改造老旧管网长度", "≥12公里", "12.5公里", "20", "20",
            "维修泵站数量", "3座", "3座", "10", "10",
            "质量指标", "工程验收合格率", "100%", "100%", "20", "18",
            "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "92%", "10", "10",
            "合计", "60", "58");
        var project = docs.Single();
        Assert.Equal(["改造老旧管网长度", "维修泵站数量", "工程验收合格率", "沿线居民满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "数量指标", "质量指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["≥12公里", "3座", "100%", "≥90%"], project.Indicators.Select(i => i.Target!.Text));
        Assert.Equal(["12.5公里", "3座", "100%", "92%"], project.Indicators.Select(i => i.Actual!.Text));
        Assert.Equal([20.0, 10, 20, 10], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([20.0, 10, 18, 10], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_table_export_that_writes_an_empty_cell_as_a_bar_keeps_the_figure_after_it_in_its_own_column()
    {
        var docs = Lines(new Docs(), "项目支出绩效自评表 |",
            "一级指标 |", "二级指标 |", "三级指标 |", "指标性质 |", "指标值 |", "度量单位 |", "完成值 |", "权重 |", "得分 |",
            "产出指标 |", "数量指标 |", "补贴发放户数 |", "≥ |", "500 |", "户 |", "|", "40 |", "|",
            "效益指标 |", "社会效益指标 |", "困难群众生活改善率 |", "≥ |", "95 |", "% |", "|", "50 |", "|",
            "合计 |", "90 |");
        var project = docs.Single();
        Assert.Equal(["补贴发放户数", "困难群众生活改善率"], project.Indicators.Select(i => i.Name));
        Assert.Equal([40.0, 50], project.Indicators.Select(i => i.Weight!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    [Fact]
    public void A_table_export_that_writes_each_closing_bar_on_a_line_of_its_own_reads_as_one_cell_per_line()
    {
        var docs = Lines(new Docs(), "项目支出绩效目标表",
            "项目名称", "|", "社区养老服务补助", "|", "主管部门", "|", "|", "实施单位", "|", "某县民政局", "|",
            "一级 指标", "|", "二级指标", "|", "三级指标", "|", "指标值", "|",
            "产出 指标", "|", "数量指标", "|", "服务老年人人数", "|", "≥300人", "|",
            "助餐点覆盖率", "|", "≥80%", "|",
            "满意度指标", "|", "服务对象满意度指标", "|", "老年人满意度", "|", "≥90%", "|");
        var project = docs.Single();
        Assert.Equal("社区养老服务补助", project.Name);
        Assert.Equal(["服务老年人人数", "助餐点覆盖率", "老年人满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "数量指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["≥300人", "≥80%", "≥90%"], project.Indicators.Select(i => i.Target!.Text));
    }

    [Fact]
    public void A_form_label_on_its_own_line_takes_the_value_on_the_next_line()
    {
        var docs = Lines(new Docs(), "项目支出绩效自评表（2023年度） |", "项目名称 |", "乡村道路养护补助 |",
            "主管部门 |", "某县交通运输局 |", "实施单位 (盖章) |", "某县公路事务中心 |");
        var project = docs.Single();
        Assert.Equal("乡村道路养护补助", project.Name);
        Assert.Contains("交通运输局", project.Department);
    }

    [Fact]
    public void An_evaluation_table_whose_level_columns_carry_their_own_points_ends_each_row_at_the_indicator_and_its_two_figures()
    {
        var docs = Lines(new Docs(), "某县2021年度农村饮水工程项目绩效评价报告", "二、绩效评价指标评分",
            "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
            "项目决策", "20", "项目立项", "8", "立项依据充分性", "4", "4",
            "立项程序规范性", "4", "3",
            "绩效目标", "12", "绩效目标合理性", "6", "6",
            "绩效指标明确性", "6", "5",
            "项目过程", "20", "资金管理", "10", "资金到位率", "5", "5",
            "预算执行率", "5", "4");
        var project = docs.Single();
        Assert.Equal(["立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "资金到位率", "预算执行率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["项目立项", "项目立项", "绩效目标", "绩效目标", "资金管理", "资金管理"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["项目决策", "项目决策", "项目决策", "项目决策", "项目过程", "项目过程"], project.Indicators.Select(i => i.Level1));
        Assert.Equal([4.0, 4, 6, 6, 5, 5], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([4.0, 3, 6, 5, 5, 4], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_header_cell_the_word_list_does_not_know_between_header_words_is_a_column_whose_points_the_rows_fill()
    {
        var docs = Lines(new Docs(), "某县2022年度项目支出绩效自评表",
            "一级指标", "二级指标", "三级指标", "参考分数", "年度指标值", "全年实际值", "得分",
            "产出指标", "数量指标", "新建村级活动室", "4", "5个", "5个", "4",
            "质量指标", "工程验收合格率", "6", "100%", "100%", "6",
            "效益指标", "社会效益指标", "群众活动参与人次", "10", "≥2000人次", "1800人次", "8");
        var project = docs.Single();
        Assert.Equal(["新建村级活动室", "工程验收合格率", "群众活动参与人次"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["5个", "100%", "≥2000人次"], project.Indicators.Select(i => i.Target!.Text));
        Assert.Equal(["5个", "100%", "1800人次"], project.Indicators.Select(i => i.Actual!.Text));
        Assert.Equal([4.0, 6, 10], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([4.0, 6, 8], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void An_unknown_line_after_the_header_followed_by_a_column_word_the_header_already_has_stays_in_the_body()
    {
        var docs = Lines(new Docs(), "某县2022年度项目支出绩效自评表",
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "运行保障", "设备运行指标", "设备完好率", "≥95%", "98%", "10", "10",
            "路灯亮灯率", "≥98%", "99%", "10", "9");
        var project = docs.Single();
        Assert.Equal(["设备完好率", "路灯亮灯率"], project.Indicators.Select(i => i.Name));
        Assert.Equal([10.0, 10], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([10.0, 9], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void Header_word_lines_without_cells_after_them_are_left_as_they_are()
    {
        var items = new[] { "说明", "一级指标", "二级指标", "三级指标", "分值", "以上为填表口径，具体以正式文件为准。", "附件1", "附件2" }
            .Select((t, i) => new DocItem(i, 1, t, null, null, [])).ToList();
        Assert.Equal(items.Select(i => i.Text), CellRunItems.Rebuild(items).Select(i => i.Text));
    }

    [Fact]
    public void Prose_lines_are_not_touched()
    {
        var items = new[] { "一、项目基本情况", "本项目由某县交通运输局实施。", "二、绩效目标完成情况", "全年养护道路120公里。", "三、存在问题", "资金到位较晚。" }
            .Select((t, i) => new DocItem(i, 1, t, null, null, [])).ToList();
        Assert.Same(items, CellRunItems.Rebuild(items));
    }
}
