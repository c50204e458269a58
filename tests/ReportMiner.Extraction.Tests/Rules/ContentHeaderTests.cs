namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An indicator table headed by words no list knows: its header row is known by its shape (short labels, no
/// numbers) and its columns by what stands under them — level labels, then names, then values.
/// </summary>
public sealed class ContentHeaderTests
{
    [Fact]
    public void A_header_of_unknown_words_over_level_labels_names_and_values_gives_the_indicators()
    {
        var project = TextReports.Single(
            "类别\t具体内容\t预期成效\t备注",
            "产出指标\t培训基层干部人次\t1200人次\t",
            "效益指标\t群众办事平均等待时间\t≤15分钟\t",
            "满意度指标\t参训人员满意度\t≥90%\t");
        Assert.Equal(["培训基层干部人次", "群众办事平均等待时间", "参训人员满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["1200人次", "≤15分钟", "≥90%"], project.Indicators.Select(i => i.Target?.Text));
    }

    [Fact]
    public void Level_labels_a_form_builds_itself_count_once_one_label_of_the_framework_stands_among_them()
    {
        var project = TextReports.Single(
            "分类\t项目内容\t计划成果",
            "产出指标\t新建村级服务站\t12个",
            "效率指标\t资金拨付到位时间\t6月底前",
            "成效指标\t服务覆盖行政村比例\t100%");
        Assert.Equal(["产出指标", "效率指标", "成效指标"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["12个", "6月底前", "100%"], project.Indicators.Select(i => i.Target?.Text));
    }

    [Fact]
    public void A_table_of_labels_and_figures_without_a_column_of_level_labels_is_not_read_as_indicators()
    {
        var project = TextReports.Single(
            "支出类别\t年初安排\t实际支出\t说明",
            "人员经费\t120\t118\t按实支付",
            "办公设备购置\t35\t33\t节约",
            "培训会议\t20\t19\t按计划");
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void Rows_of_level_labels_without_a_label_of_the_framework_among_them_open_no_table()
    {
        var project = TextReports.Single(
            "分类\t项目内容\t计划成果",
            "建设指标\t新建村级服务站\t12个",
            "管理指标\t资金拨付到位时间\t6月底前");
        Assert.Empty(project.Indicators);
    }
}
