namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Prose reports that state their goals as measures under a goals heading or after words saying so (R078 阶段性目标,
/// R120 总体的绩效目标是…, R289 绩效目标设定情况): each measure is an indicator with its target as written.
/// </summary>
public sealed class GoalTargetTests
{
    [Fact]
    public void Measures_under_a_goals_heading_are_targets_with_their_comparators()
    {
        var project = new Docs()
            .Para("某市2023年度便民服务中心运行经费绩效自评报告")
            .Para("(二)项目绩效目标")
            .Para("阶段性目标:2023年,群众投诉件数控制在30件以内,“跨省通办”事项数不少于25个。")
            .Para("二、绩效目标完成情况分析")
            .Para("中心运行平稳,服务有序。")
            .Single();
        var complaints = Assert.Single(project.Indicators, i => i.Name == "群众投诉件数");
        Assert.Equal(("<=", 30.0, "件"), (complaints.Target!.Op, complaints.Target.Value, complaints.Target.Unit));
        var items = Assert.Single(project.Indicators, i => i.Name == "“跨省通办”事项数");
        Assert.Equal((">=", 25.0), (items.Target!.Op, items.Target.Value));
        Assert.Null(items.Actual);
    }

    [Fact]
    public void A_count_after_the_words_stating_the_goal_names_its_measure_without_them()
    {
        var project = new Docs()
            .Para("某县2022年农村公路养护资金绩效自评报告")
            .Para("一、概述")
            .Para("本项目总体的绩效目标是86公里农村公路日常养护。")
            .Single();
        var roads = Assert.Single(project.Indicators);
        Assert.Equal(("农村公路日常养护", 86.0), (roads.Name, roads.Target!.Value!.Value));
    }

    [Fact]
    public void A_count_inside_its_clause_under_a_goals_heading_is_a_target()
    {
        var project = new Docs()
            .Para("某镇2022年衔接资金项目绩效监控报告")
            .Para("2.项目绩效目标设定情况")
            .Para("项目建成后吸纳周边群众务工,带动680人稳定增收。")
            .Single();
        var jobs = Assert.Single(project.Indicators);
        Assert.Equal(("带动稳定增收", 680.0, "人"), (jobs.Name, jobs.Target!.Value!.Value, jobs.Target.Unit));
    }

    [Fact]
    public void A_goal_restated_once_among_the_results_takes_that_result_as_its_actual()
    {
        var project = new Docs()
            .Para("某县2022年度文化惠民资金绩效自评报告")
            .Para("一、绩效目标")
            .Para("全年开展送电影下乡放映120场。")
            .Para("二、绩效目标完成情况")
            .Para("全年开展送电影下乡放映131场,观众反响良好。")
            .Single();
        var films = Assert.Single(project.Indicators);
        Assert.Equal((120.0, 131.0, true), (films.Target!.Value, films.Actual!.Value, films.Met));
    }

    [Fact]
    public void Money_and_the_rate_of_the_goals_themselves_are_no_targets()
    {
        var project = new Docs()
            .Para("某县2021年度水利发展资金绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("省财政厅下达我县水利发展资金860万元,县本级绩效目标完成率100%。")
            .Para("二、绩效目标完成情况分析")
            .Para("资金已全部拨付。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void Counts_outside_any_goal_part_stay_background()
    {
        var project = new Docs()
            .Para("某县2022年度农机购置补贴资金绩效自评报告")
            .Para("一、项目基本情况")
            .Para("全县有农机合作社42家,农户3.1万户。")
            .Para("二、绩效目标完成情况")
            .Para("共受理申请612份,培训机手35人。")
            .Single();
        Assert.Empty(project.Indicators);
    }
}
