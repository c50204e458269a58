using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Header words come from Indicators/Data/header-phrases.tsv; the first phrase a cell contains decides.</summary>
public sealed class HeaderPhraseDataTests
{
    [Theory]
    [InlineData("全年预期目标", ColumnRole.Target)]
    [InlineData("当年预期实现值", ColumnRole.Target)]
    [InlineData("绩效标准", ColumnRole.Standard)]
    [InlineData("年度预期绩效目标", ColumnRole.None)]
    [InlineData("绩效目标内容", ColumnRole.Name)]
    [InlineData("得分计算方法", ColumnRole.Standard)]
    [InlineData("指标分值", ColumnRole.Weight)]
    [InlineData("满分", ColumnRole.Weight)]
    [InlineData("得分（满分10分）", ColumnRole.Score)]
    [InlineData("达成率", ColumnRole.Rate)]
    public void Header_wordings_get_the_role_of_their_first_listed_phrase(string header, ColumnRole role) =>
        Assert.Equal(role, HeaderSemantics.RoleOf(header));

    [Fact]
    public void A_monitoring_form_names_its_target_column_by_the_expected_goal()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t全年预期目标\t1-6月执行情况\t偏差原因分析",
            "产出指标\t数量指标\t巡查河道长度\t≥120公里\t65公里\t",
            "^\t时效指标\t问题整改及时率\t≥95%\t96%\t");
        Assert.Equal([120.0, 95.0], project.Indicators.Select(i => i.Target!.Value!.Value));
    }

    [Fact]
    public void A_score_sheet_headed_by_full_marks_gives_indicators_their_weight()
    {
        var project = TextReports.Single(
            "指标名称\t评分标准\t满分\t自评分",
            "培训任务完成\t按期完成得满分\t10\t9",
            "群众满意度\t满意度90%以上得满分\t10\t10");
        Assert.Equal(["培训任务完成", "群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal([10.0, 10.0], project.Indicators.Select(i => i.Weight!.Value));
    }

    [Fact]
    public void An_achievement_rate_column_gives_the_actual_when_no_actual_column_is_printed()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t达成率",
            "产出指标\t数量指标\t培训人次\t≥500人次\t104%");
        Assert.Equal(104, Assert.Single(project.Indicators).Actual?.Value);
    }
}
