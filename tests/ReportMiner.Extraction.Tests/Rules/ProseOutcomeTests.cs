using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A report of results states what a measure reached with a comparator word ("成灾率低于2.2%", "满意度达到95%以上"): outside
/// the goals, in a sentence that sets no goal, that is the actual with its comparator, not a target.
/// </summary>
public sealed class ProseOutcomeTests
{
    [Fact]
    public void A_rate_reported_below_or_above_a_figure_is_an_actual_with_that_comparator()
    {
        var project = new Docs()
            .Para("某区2019年林业改革发展资金支出绩效评价报告")
            .Para("全年累计防治面积9.3万亩,防治后,林业有害生物成灾率低于2.2%,无公害防治率高于95%;资金已全部到位。")
            .Single();
        var loss = project.Indicators.Single(i => i.Name == "林业有害生物成灾率");
        Assert.Null(loss.Target);
        Assert.Equal(("<", 2.2), (loss.Actual!.Op, loss.Actual.Value!.Value));
        var harmless = project.Indicators.Single(i => i.Name == "无公害防治率").Actual!;
        Assert.Equal((">", 95.0), (harmless.Op, harmless.Value!.Value));
    }

    [Fact]
    public void Reached_a_figure_or_more_is_the_actual_with_the_figure_as_its_floor()
    {
        var project = new Docs()
            .Para("某苏木2023年度项目支出绩效自评报告")
            .Para("项目全年预算数20万元,执行数20万元,改善牧民生活条件,使牧民满意度达到95%以上,促进社会和谐发展。")
            .Single();
        var satisfaction = project.Indicators.Single(i => i.Name == "牧民满意度");
        Assert.Null(satisfaction.Target);
        Assert.Equal((">=", 95.0), (satisfaction.Actual!.Op, satisfaction.Actual.Value!.Value));
    }

    [Fact]
    public void The_same_words_after_a_goal_word_in_the_sentence_stay_a_target()
    {
        var project = new Docs()
            .Para("某县2022年度项目支出绩效自评报告")
            .Para("项目年度目标为改善群众生活条件,群众满意度达到95%以上。")
            .Single();
        var satisfaction = project.Indicators.Single(i => i.Name == "群众满意度");
        Assert.Equal(95, satisfaction.Target!.Value);
        Assert.Null(satisfaction.Actual);
    }

    [Fact]
    public void A_rate_in_the_background_part_is_not_an_outcome()
    {
        var project = new Docs()
            .Para("某县2020年度护林员补助项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本县森林覆盖率达到68%以上。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Actual is not null);
    }
}
