namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Prose reports that count their outputs under the goals and count them again under the results (R268, R280, R290):
/// a measure on both sides is an indicator with the goal's wording, its target and its actual.
/// </summary>
public sealed class GoalResultPairTests
{
    [Fact]
    public void Counts_under_the_goals_and_again_under_the_results_are_targets_and_actuals()
    {
        var project = new Docs()
            .Para("某县2022年度农村道路补助资金绩效自评报告")
            .Para("一、绩效目标")
            .Para("2022年下达补助资金300万元。实施通村道路硬化工程12个、新建桥梁3座,修复排水沟渠8.5公里。")
            .Para("二、绩效目标完成情况")
            .Para("截至年底,完成通村道路硬化工程12个、新建桥梁2座,修复沿线排水沟渠9.2公里。")
            .Single();
        var roads = Assert.Single(project.Indicators, i => i.Name == "通村道路硬化工程");
        Assert.Equal((12.0, 12.0, true), (roads.Target!.Value, roads.Actual!.Value, roads.Met));
        var bridges = Assert.Single(project.Indicators, i => i.Name == "新建桥梁");
        Assert.Equal((3.0, 2.0, false), (bridges.Target!.Value, bridges.Actual!.Value, bridges.Met));
        var ditches = Assert.Single(project.Indicators, i => i.Name == "修复排水沟渠");
        Assert.Equal((8.5, 9.2), (ditches.Target!.Value, ditches.Actual!.Value));
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("资金", StringComparison.Ordinal));
    }

    [Fact]
    public void A_result_under_a_level_heading_takes_its_levels()
    {
        var project = new Docs()
            .Para("某县2021年度小流域治理项目绩效自评报告")
            .Para("一、绩效目标完成情况分析")
            .Para("本项目总体绩效目标为治理坡耕地面积320hm,其中营造水保林45hm。")
            .Para("1.产出指标完成情况分析。")
            .Para("(1)数量指标。已完成治理坡耕地面积318hm,其中营造水保林45hm。")
            .Single();
        var slope = Assert.Single(project.Indicators, i => i.Name == "治理坡耕地面积");
        Assert.Equal(("产出指标", "数量指标"), (slope.Level1, slope.Level2));
        Assert.Equal((320.0, 318.0, false), (slope.Target!.Value, slope.Actual!.Value, slope.Met));
    }

    [Fact]
    public void A_count_written_once_is_background_not_an_indicator()
    {
        var project = new Docs()
            .Para("某县2022年度农机购置补贴资金绩效自评报告")
            .Para("一、绩效目标")
            .Para("全年计划补贴农机具500台,惠及农户400户。")
            .Para("二、绩效目标完成情况")
            .Para("共受理申请612份,培训机手35人。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void One_pair_alone_is_not_believed()
    {
        var project = new Docs()
            .Para("某县2022年度文化下乡补助资金绩效自评报告")
            .Para("一、绩效目标")
            .Para("全年送戏下乡演出40场。")
            .Para("二、绩效目标完成情况")
            .Para("全年送戏下乡演出42场,观众满意。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("演出", StringComparison.Ordinal) && i.Target is not null && i.Actual is not null);
    }

    [Fact]
    public void Once_goals_and_results_pair_the_other_counts_of_the_results_list_are_actuals_but_background_counts_are_not()
    {
        var project = new Docs()
            .Para("某县2021年度小流域治理项目绩效自评报告")
            .Para("项目区涉及农户1200户。")
            .Para("一、绩效目标")
            .Para("实施梯田改造50hm、新修生产道路6公里。")
            .Para("二、绩效目标完成情况分析")
            .Para("完成梯田改造52hm、新修生产道路6公里、栽植经济林3000株。")
            .Para("1.效益指标完成情况分析。")
            .Para("(1)经济效益。人均增收380元,粮食增产12吨。")
            .Single();
        var trees = Assert.Single(project.Indicators, i => i.Name == "栽植经济林");
        Assert.Null(trees.Target);
        Assert.Equal(3000.0, trees.Actual!.Value);
        var grain = Assert.Single(project.Indicators, i => i.Name == "粮食增产");
        Assert.Equal(("效益指标", "经济效益", 12.0), (grain.Level1, grain.Level2, grain.Actual!.Value));
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("农户", StringComparison.Ordinal) || i.Name.Contains("增收", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_after_a_list_closed_by_deng_pairs_with_nothing_for_it_tallies_the_list()
    {
        var project = new Docs()
            .Para("某县2022年度农村道路养护资金绩效自评报告")
            .Para("一、绩效目标")
            .Para("实施通村道路硬化工程12个、修复排水沟渠8.5公里、新政、三元、双胜等24个道班。")
            .Para("二、绩效目标完成情况")
            .Para("完成通村道路硬化工程12个、修复排水沟渠9.2公里、新政、三元、双胜等24个道班。")
            .Single();
        Assert.Contains(project.Indicators, i => i.Name == "通村道路硬化工程");
        Assert.DoesNotContain(project.Indicators, i => i.Name.EndsWith('等'));
    }
}
