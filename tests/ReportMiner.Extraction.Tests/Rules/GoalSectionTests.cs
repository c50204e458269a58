using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A self-evaluation or monitoring report first states the goals it was given ("一、绩效目标分解下达情况") and then
/// how far it reached them: values listed under the goal heading are targets, not results.
/// </summary>
public sealed class GoalSectionTests
{
    [Fact]
    public void Indicators_listed_under_a_goal_heading_of_a_monitoring_report_get_targets()
    {
        var project = new Docs()
            .Para("某镇2023年度农村道路硬化项目绩效运行监控报告")
            .Para("一、绩效目标分解下达情况")
            .Para("(二)项目绩效目标设定情况")
            .Para("1.数量指标：硬化道路里程2.4公里。")
            .Para("2.质量指标：工程验收合格率100%。")
            .Para("二、绩效运行开展情况")
            .Para("项目资金已全部拨付到位。")
            .Single();
        var mileage = Assert.Single(project.Indicators, i => i.Name == "硬化道路里程");
        Assert.Equal("2.4公里", mileage.Target!.Text);
        Assert.Null(mileage.Actual);
        var accepted = Assert.Single(project.Indicators, i => i.Name == "工程验收合格率");
        Assert.Equal(100.0, accepted.Target!.Value);
        Assert.Null(accepted.Actual);
    }

    [Fact]
    public void The_goal_part_ends_at_the_next_heading_of_its_rank_and_results_below_it_are_actuals()
    {
        var paragraphs = new[] { "一、绩效目标分解下达情况", "1.数量指标：新建水池3座。", "二、绩效目标完成情况分析", "1.数量指标：已建成水池3座。" }
            .Select((t, i) => new DocItem(i, 1, t, null, null, []))
            .ToList();
        Assert.Equal([true, true, false, false], GoalSections.Of(paragraphs));
    }

    [Fact]
    public void The_sentences_of_a_part_are_cut_at_full_stops_semicolons_and_line_breaks_but_not_at_commas()
    {
        var paragraphs = new[] { "一、绩效目标", "新建水池3座，验收合格率100%；群众满意度90%。\n年内完工", "二、绩效目标完成情况", "已建成水池3座。" }
            .Select((t, i) => new DocItem(i, 1, t, null, null, []))
            .ToList();
        var sentences = GoalSections.Sentences(paragraphs, GoalSections.Parts(paragraphs), p => p == ReportPart.Goals)
            .Select(s => (s.Item.Index, s.Sentence));
        Assert.Equal([(0, "一、绩效目标"), (1, "新建水池3座，验收合格率100%"), (1, "群众满意度90%"), (1, "年内完工")], sentences);
    }

    [Theory]
    [InlineData("(二)项目绩效目标", true)]
    [InlineData("3.具体绩效指标与目标值", true)]
    [InlineData("二、绩效目标完成情况分析", false)]
    [InlineData("三、偏离绩效目标的原因和下一步改进措施", false)]
    public void A_heading_about_goals_is_told_from_one_about_reaching_them(string heading, bool goals) =>
        Assert.Equal(goals, GoalSections.IsGoalHeading(heading));
}

/// <summary>A results heading inside a part named after the goals ("三、绩效目标" / "（一）产出目标完成情况") is results.</summary>
public sealed class GoalSectionNestingTests
{
    [Fact]
    public void A_results_heading_inside_a_goal_part_holds_results_and_a_neutral_one_inherits_the_goals()
    {
        var paragraphs = new[] { "三、绩效目标", "(一)产出目标完成情况", "1.数量指标：建成水池3座。", "四、绩效目标设定情况", "1.数量指标", "新建水池3座。" }
            .Select((t, i) => new DocItem(i, 1, t, null, null, []))
            .ToList();
        Assert.Equal([true, false, false, true, true, true], GoalSections.Of(paragraphs));
    }
}
