namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Measures listed in running prose right after the words that announce the indicators, with no heading or table of
/// their own (R406's 一是产出指标方面, R763's 指标1：… in a sentence, R512's 具体目标主要为): each clause naming a measure
/// with its value is an indicator.
/// </summary>
public sealed class AnnouncedMeasureListTests
{
    [Fact]
    public void Results_listed_under_a_level_written_as_an_aspect_are_indicators_with_what_was_reached()
    {
        var project = new Docs()
            .Para("某区2022年度群众文化活动经费绩效自评报告")
            .Para("项目绩效自评综述:项目绩效目标完成情况:一是产出指标方面,举办广场文艺演出45场,现场观众达到8万人次、网络直播观看人数20万人次,打造3部微电影作品,演出完成率达到100%,活动深受欢迎;二是管理指标方面,修订制度4项,开展检查6次;三是效益指标方面,丰富了群众文化生活。")
            .Single();
        var shows = Assert.Single(project.Indicators, i => i.Name == "举办广场文艺演出");
        Assert.Equal(("产出指标", 45.0, "场"), (shows.Level1, shows.Actual!.Value!.Value, shows.Actual.Unit));
        Assert.Null(shows.Target);
        Assert.Contains(project.Indicators, i => i.Name == "现场观众");
        Assert.Contains(project.Indicators, i => i.Name == "网络直播观看人数");
        // A count written inside what it counts: 部 counts works as 个 counts things.
        Assert.Contains(project.Indicators, i => i.Name == "打造微电影作品" && i.Actual!.Value == 3);
        var rate = Assert.Single(project.Indicators, i => i.Name == "演出完成率");
        Assert.Equal((null, 100.0), (rate.Actual!.Op, rate.Actual.Value!.Value));
        // 管理指标 is no level of the framework: the measures after it are not announced as indicators.
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("制度", StringComparison.Ordinal) || i.Name.Contains("检查", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_slots_written_into_a_sentence_name_indicators_with_their_targets()
    {
        var project = new Docs()
            .Para("某中心2023年度运行保障项目支出绩效自评报告")
            .Para("2.绩效指标设定情况")
            .Para("2023年度运行保障项目绩效指标共设置6个,指标1:采购办公耗材及配送服务2万份;指标2:开展业务培训次数3次;指标3:工资每月按时发放。")
            .Single();
        var supplies = Assert.Single(project.Indicators, i => i.Name == "采购办公耗材及配送服务");
        Assert.Equal("2万份", supplies.Target!.Text);
        Assert.Contains(project.Indicators, i => i.Name == "开展业务培训次数" && i.Target!.Value == 3);
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    [Fact]
    public void Goals_named_after_the_words_for_the_specific_goals_are_targets_and_a_doubled_comparator_is_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("某市2024年度设备维护经费项目支出绩效自评报告")
            .Para("三、绩效指标分析情况")
            .Para("1. 过程。项目资金预算60万元,实际支出60万元,执行率100%。")
            .Para("2. 产出。具体目标主要为采购终端使用年限不低于6年,终端设备故障率低于3%,维修服务验收合格率至少达到95%,以上目标均已完成。")
            .Single();
        var faults = Assert.Single(project.Indicators, i => i.Name == "终端设备故障率");
        Assert.Equal(("<", 3.0), (faults.Target!.Op, faults.Target.Value!.Value));
        var accepted = Assert.Single(project.Indicators, i => i.Name == "维修服务验收合格率");
        Assert.Equal((">=", 95.0), (accepted.Target!.Op, accepted.Target.Value!.Value));
    }
}
