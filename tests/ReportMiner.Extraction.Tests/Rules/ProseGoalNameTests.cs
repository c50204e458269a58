namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Goals written in a sentence name their measure in full: a quoted phrase ("“一件事一次办”主题项目数", R078) and a
/// 的 inside the name ("不准确的事项数") are part of it, and counts end in 数 or 人次 as well as rates in 率.
/// </summary>
public sealed class ProseGoalNameTests
{
    [Fact]
    public void A_quoted_phrase_and_a_de_inside_a_goal_sentence_stay_in_the_measure_name()
    {
        var project = new Docs()
            .Para("某县2022年度政务服务平台运行经费绩效自评报告")
            .Para("一、绩效目标")
            .Para("阶段性目标:2022年,错误的登记事项数控制在30个以内,“跨省通办”服务事项数不少于20个。")
            .Single();
        Assert.Equal(30.0, Assert.Single(project.Indicators, i => i.Name == "错误的登记事项数").Target!.Value);
        Assert.Equal(20.0, Assert.Single(project.Indicators, i => i.Name == "“跨省通办”服务事项数").Target!.Value);
        Assert.DoesNotContain(project.Indicators, i => i.Name is "登记事项数" or "服务事项数");
    }

    [Fact]
    public void A_goal_counted_in_person_times_is_an_indicator_with_its_target()
    {
        var project = new Docs()
            .Para("某县2022年度文化惠民资金绩效自评报告")
            .Para("一、绩效目标")
            .Para("全年送戏下乡演出不少于40场,群众观看人次不少于12000人次。")
            .Single();
        var watched = Assert.Single(project.Indicators, i => i.Name == "群众观看人次");
        Assert.Equal((12000.0, "人次"), (watched.Target!.Value, watched.Target.Unit));
    }
}
