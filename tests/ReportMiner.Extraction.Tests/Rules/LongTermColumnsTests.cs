namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 绩效目标表 that prints the plan period's indicators beside the year's (二级指标(长期) | 三级指标(长期) | 指标值(长期)
/// | 二级指标(年度) | 三级指标(年度) | 指标值(年度)), the long-term set often left blank: the year's columns are read.
/// </summary>
public sealed class LongTermColumnsTests
{
    [Fact]
    public void The_year_columns_are_read_where_the_long_term_ones_repeat_their_roles()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标(长期)\t三级指标(长期)\t指标值(长期)\t二级指标(年度)\t三级指标(年度)\t指标值(年度)",
            "产出指标\t数量指标\t\t\t数量指标\t新建校舍数量\t3",
            "产出指标\t质量指标\t\t\t质量指标\t校舍验收合格率\t100%",
            "满意度指标\t服务对象满意度指标\t\t\t服务对象满意度指标\t师生满意度\t≥90%");
        Assert.Equal(["新建校舍数量", "校舍验收合格率", "师生满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal([3.0, 100.0, 90.0], project.Indicators.Select(i => i.Target!.Value!.Value));
        Assert.Equal(["数量指标", "质量指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
    }

    [Fact]
    public void A_long_term_column_alone_keeps_its_role()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t中长期指标值",
            "产出指标\t数量指标\t新建校舍数量\t12",
            "产出指标\t质量指标\t校舍验收合格率\t100%");
        Assert.Equal([12.0, 100.0], project.Indicators.Select(i => i.Target!.Value!.Value));
    }
}
