namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A column headed by the kind of indicator (指标类型, 指标分类) left of the name is the level-1 column, whatever labels
/// a department writes under it; after the name the same word heads 定量/定性 and names no level.
/// </summary>
public sealed class IndicatorKindColumnTests
{
    [Fact]
    public void A_department_s_own_labels_under_指标分类_are_the_level_1_of_the_indicators_beside_them()
    {
        var project = TextReports.SingleTitled("部门整体绩效目标表",
            "指标分类\t指标\t目标值",
            "应急救援\t备灾仓库物资完好率\t100%",
            "应急救护\t应急救护师资培训合格人数\t≥300人",
            "救助能力\t捐赠款物执行率\t≥80%");
        Assert.Equal(["备灾仓库物资完好率", "应急救护师资培训合格人数", "捐赠款物执行率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["应急救援", "应急救护", "救助能力"], project.Indicators.Select(i => i.Level1));
    }

    [Fact]
    public void Framework_labels_under_指标类型_are_the_level_1_of_the_indicators_beside_them()
    {
        var project = TextReports.SingleTitled("项目支出绩效目标表",
            "指标类型\t指标名称\t指标值\t指标描述",
            "产出指标\t绿地养护面积\t375万平方米\t完成全市绿地养护",
            "效益指标\t城市生态环境\t改善\t保持生态平衡",
            "满意度指标\t市民满意度\t≥95%\t满意率95%以上");
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
    }

    [Fact]
    public void A_指标类型_column_after_the_name_holds_no_level()
    {
        var project = TextReports.SingleTitled("项目支出绩效目标表",
            "三级指标\t指标类型\t指标值",
            "备灾仓库物资完好率\t定量\t100%",
            "应急救护师资培训合格人数\t定量\t≥300人");
        Assert.Equal(2, project.Indicators.Count);
        Assert.All(project.Indicators, i => Assert.Null(i.Level1));
    }

    // R634: a row under 效益指标 with no level-2 cell of its own is not under the 时效指标 of the 产出指标 rows above.
    [Fact]
    public void A_row_that_writes_a_new_level_1_carries_no_level_2_from_the_part_above()
    {
        var project = TextReports.SingleTitled("项目支出绩效目标表",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t时效指标\t完成时间\t年底前",
            "效益指标\t\t群众生活条件\t改善",
            "\t\t受益人口\t≥500人");
        Assert.Equal(["完成时间", "群众生活条件", "受益人口"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["时效指标", null, null], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "效益指标", "效益指标"], project.Indicators.Select(i => i.Level1));
    }

    // R108's 绩效目标表: no value word the list knows, the level column found by its labels though a level word names it.
    [Fact]
    public void A_level_column_named_项目指标类型_over_a_header_without_value_words_is_still_read_by_its_labels()
    {
        var project = TextReports.SingleTitled("项目绩效目标表",
            "项目指标类型\t绩效指标\t绩效目标\t绩效标准\t优\t良\t中\t差",
            "产出指标\t年育苗数量\t600万株\t600万\t500万\t300万\t200万",
            "成效指标\t群众满意度\t较好\t较好\t好\t一般\t差",
            "满意度指标\t群众满意率\t≥90%\t90%\t80%\t70%\t60%");
        Assert.Equal(["年育苗数量", "群众满意度", "群众满意率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["产出指标", "成效指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
    }

    // The standard 自评表 with a 定量/定性 指标类型 column put after the name or before the 一级指标 column.
    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    public void Beside_a_一级指标_column_a_指标类型_column_before_or_after_it_leaves_the_level_1_to_it(int kindColumn)
    {
        var project = TextReports.SingleTitled("职业技能培训项目绩效自评表",
            WithKind(kindColumn, "指标类型", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
            WithKind(kindColumn, "定量", "产出指标", "数量指标", "培训人数", "500人", "520人", "10", "10"),
            WithKind(kindColumn, "定性", "效益指标", "社会效益指标", "就业率提升", "明显提升", "明显提升", "10", "9"),
            WithKind(kindColumn, "定量", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "96%", "10", "10"));
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
    }

    private static string WithKind(int column, string kind, params string[] cells)
    {
        var row = cells.ToList();
        row.Insert(column, kind);
        return string.Join('\t', row);
    }

    [Fact]
    public void Value_kinds_under_a_指标类型_column_left_of_the_name_are_no_level()
    {
        var project = TextReports.SingleTitled("职业技能培训项目绩效目标表",
            "指标类型\t指标名称\t指标值",
            "定量指标\t培训人数\t500人",
            "定量指标\t培训合格率\t≥90%",
            "定性指标\t就业率提升\t明显提升");
        Assert.Equal(["培训人数", "培训合格率", "就业率提升"], project.Indicators.Select(i => i.Name));
        Assert.All(project.Indicators, i => Assert.NotEqual("定量指标", i.Level1));
        Assert.All(project.Indicators, i => Assert.NotEqual("定性指标", i.Level1));
    }
}
