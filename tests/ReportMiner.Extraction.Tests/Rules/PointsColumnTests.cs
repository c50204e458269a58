namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A points column whose header no header word names (an unusual wording, a misread cell, a blank header cell)
/// is read as 分值 or 得分 from the bare numbers of points every row writes under it.
/// </summary>
public sealed class PointsColumnTests
{
    [Fact]
    public void An_unnamed_column_of_points_left_of_the_target_holds_the_weights()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t参考分数\t年度指标值\t全年实际值\t得分\t未完成原因",
            "产出指标\t数量指标\t改造老旧小区数量\t20\t6个\t6个\t20",
            "^\t质量指标\t工程验收合格率\t20\t100%\t100%\t18",
            "效益指标\t社会效益指标\t居民居住条件改善\t30\t明显改善\t明显改善\t28");
        Assert.Equal([20.0, 20.0, 30.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([20.0, 18.0, 28.0], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_blank_header_cell_over_points_right_of_a_named_weight_holds_the_scores()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t\t偏差原因",
            "产出指标\t数量指标\t培训人次\t≥500人次\t560人次\t15\t15\t",
            "^\t时效指标\t培训完成时间\t11月底前\t11月20日\t10\t9\t");
        Assert.Equal([15.0, 9.0], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_column_that_also_holds_words_is_not_a_points_column()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t完成情况\t得分\t",
            "产出指标\t数量指标\t培训人次\t≥500人次\t560人次\t15\t10",
            "^\t时效指标\t培训完成时间\t11月底前\t11月20日\t10\t按期");
        Assert.All(project.Indicators, i => Assert.Null(i.Weight));
    }
    [Fact]
    public void Of_two_unnamed_points_columns_the_one_never_below_the_other_holds_the_weights_even_when_it_comes_second()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t自评\t满分",
            "产出指标\t数量指标\t修缮校舍面积\t≥3000平方米\t3200平方米\t18\t20",
            "^\t质量指标\t工程验收合格率\t100%\t100%\t20\t20",
            "效益指标\t社会效益指标\t在校学生受益人数\t≥1500人\t1420人\t25\t30");
        Assert.Equal([20.0, 20.0, 30.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([18.0, 20.0, 25.0], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void Two_unnamed_points_columns_left_of_the_values_are_the_weights_and_then_the_scores()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t满分\t自评\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t修缮校舍面积\t20\t18\t≥3000平方米\t3200平方米",
            "^\t时效指标\t竣工时间\t10\t10\t8月底前\t8月25日");
        Assert.Equal([20.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([18.0, 10.0], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void One_misread_figure_among_many_points_leaves_a_blank_headed_column_the_scores()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t\t偏差原因",
            "产出指标\t数量指标\t新建村道里程\t10\t12公里\t12公里\tIO\t",
            "^\t质量指标\t验收合格率\t10\t100%\t100%\t10\t",
            "^\t时效指标\t按期完工率\t10\t100%\t95%\t8\t",
            "^\t成本指标\t每公里造价\t10\t≤60万元\t58万元\t10\t",
            "效益指标\t社会效益指标\t通行时间缩短\t20\t≥30分钟\t35分钟\t20\t",
            "^\t可持续影响指标\t道路使用年限\t10\t≥15年\t15年\t9\t");
        Assert.Equal([10.0, 8.0, 10.0, 20.0, 9.0], project.Indicators.Skip(1).Select(i => i.Score!.Value));
    }

    [Fact]
    public void Two_stray_cells_among_few_numbers_keep_a_blank_headed_column_unread()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t\t偏差原因",
            "产出指标\t数量指标\t新建村道里程\t10\t12公里\t12公里\t已完成\t",
            "^\t质量指标\t验收合格率\t10\t100%\t100%\t10\t",
            "^\t时效指标\t按期完工率\t10\t100%\t95%\t8\t",
            "^\t成本指标\t每公里造价\t10\t≤60万元\t58万元\t略有节约\t");
        Assert.All(project.Indicators, i => Assert.Null(i.Score));
    }

    [Fact]
    public void A_lone_unnamed_points_column_right_of_a_completed_value_column_nobody_filled_in_holds_the_weights()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t指标值\t完成值\t\t\t偏差原因",
            "产出指标\t数量指标\t培训人次\t≥500人次\t\t40\t\t",
            "效益指标\t社会效益指标\t群众满意度\t≥90%\t\t50\t\t");
        Assert.Equal([40.0, 50.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Score));
    }

    [Fact]
    public void A_lone_unnamed_points_column_right_of_filled_in_results_holds_the_scores()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t指标值\t完成值\t\t\t偏差原因",
            "产出指标\t数量指标\t培训人次\t≥500人次\t520人次\t40\t\t",
            "效益指标\t社会效益指标\t群众满意度\t≥90%\t93%\t50\t\t");
        Assert.Equal([40.0, 50.0], project.Indicators.Select(i => i.Score!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Weight));
    }

    [Fact]
    public void A_figure_above_the_hundred_points_a_form_shares_out_is_neither_a_weight_nor_a_score()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分",
            "产出指标\t数量指标\t推广面积占比\t880%\t80%\t80%\t8",
            "^\t质量指标\t验收合格率\t10\t100%\t100%\t250");
        Assert.Equal(new double?[] { null, 10.0 }, project.Indicators.Select(i => i.Weight));
        Assert.Equal(new double?[] { 8.0, null }, project.Indicators.Select(i => i.Score));
    }
}
