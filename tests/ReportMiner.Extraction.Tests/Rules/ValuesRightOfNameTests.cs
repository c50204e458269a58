namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 申报表 that lists projects and their indicators side by side names a project-level 年度目标 column left of
/// the indicator columns: the indicator's own 指标值 right of its name is its target.
/// </summary>
public sealed class ValuesRightOfNameTests
{
    [Fact]
    public void A_goal_column_left_of_the_indicator_name_is_not_the_indicators_target()
    {
        var project = TextReports.Single(
            "项目名称\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重",
            "社区服务经费\t保障社区服务站正常运转\t产出指标\t数量指标\t服务站数量\t＝\t12\t个\t20",
            "\t\t产出指标\t时效指标\t经费拨付及时率\t≥\t95\t%\t20",
            "\t\t效益指标\t社会效益指标\t居民办事便利度\t≥\t90\t%\t30");
        Assert.Equal(["=12个", ">=95%", ">=90%"], project.Indicators.Select(i => i.Target!.Op + i.Target.Value + i.Target.Unit));
        Assert.Equal([20.0, 20.0, 30.0], project.Indicators.Select(i => i.Weight!.Value));
    }
}
