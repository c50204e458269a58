namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Rates a report states under its goal heading with no goal word in their own clause (R790 "(二)2022年绩效目标。…
/// 办案准确率达100%。", R732 "…好路率达 95%,优等路率达 85%", R662): goals, read with their target and no actual.
/// </summary>
public sealed class GoalSectionRateTests
{
    [Fact]
    public void A_rate_stated_under_the_goal_heading_is_an_indicator_with_that_target()
    {
        var project = new Docs()
            .Para("某县2022年度道路养护经费绩效自评报告")
            .Para("(二)2022年绩效目标。")
            .Para("1、产出数量。全年养护县道40公里。")
            .Para("2、产出质量。严格按照规范养护,养护路段验收合格率达100%。")
            .Para("二、绩效目标完成情况")
            .Para("全年养护县道40公里,群众反映良好。")
            .Single();
        var rate = Assert.Single(project.Indicators, i => i.Name == "养护路段验收合格率");
        Assert.Equal((100.0, "%"), (rate.Target!.Value, rate.Target.Unit));
        Assert.Null(rate.Actual);
    }

    [Fact]
    public void A_rate_under_the_goal_heading_in_a_sentence_that_reports_what_was_done_is_not_a_goal()
    {
        var project = new Docs()
            .Para("某县2020年度农业保险保费补贴绩效自评报告")
            .Para("一、2020年度绩效目标分解下达情况")
            .Para("(一)省级下达预算和绩效目标情况")
            .Para("1、水稻保险:全县水稻种植50万亩,计划和实际承保面积为40万亩,承保率为80%。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("承保率", StringComparison.Ordinal));
    }

    [Fact]
    public void A_money_rate_under_the_goal_heading_is_the_budgets_not_an_indicator()
    {
        var project = new Docs()
            .Para("某县2022年度道路养护经费绩效自评报告")
            .Para("(二)2022年绩效目标。")
            .Para("2、产出成本。严格控制成本,项目资金到位率100%。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("到位率", StringComparison.Ordinal));
    }
}
