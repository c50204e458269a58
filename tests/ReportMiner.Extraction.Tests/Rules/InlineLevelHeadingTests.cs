namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 部门整体 report states its goals under numbered level-2 labels closed by a full stop, the goals run on in the same
/// paragraph ("(1)数量指标。…运行时长10小时以上…。(2)质量指标。…"; R643, as R280, R370 and R030 head their results): each goal
/// read from such a paragraph takes the label before it as its level 2 and the framework's level 1.
/// </summary>
public sealed class InlineLevelHeadingTests
{
    [Fact]
    public void Goals_after_a_numbered_level_label_closed_by_a_full_stop_take_its_levels()
    {
        var project = new Docs()
            .Para("某县照明管理所2022年度整体支出绩效自评报告")
            .Para("(四)部门绩效目标")
            .Para("2. 部门2022年度绩效目标")
            .Para("(1)数量指标。确保主干道路灯每晚亮灯时长11小时以上,公园景观灯每晚亮灯时长4小时以上。租用材料仓库200平方米以上,用于堆放灯杆。")
            .Single();
        var lamps = Assert.Single(project.Indicators, i => i.Name.Contains("路灯每晚亮灯时长", StringComparison.Ordinal));
        Assert.Equal(("产出指标", "数量指标"), (lamps.Level1, lamps.Level2));
        Assert.Equal(11.0, lamps.Target!.Value);
        var store = Assert.Single(project.Indicators, i => i.Name.Contains("仓库", StringComparison.Ordinal));
        Assert.Equal(("产出指标", "数量指标"), (store.Level1, store.Level2));
    }

    [Fact]
    public void A_later_label_in_the_same_paragraph_heads_the_goals_after_it()
    {
        var project = new Docs()
            .Para("某县照明管理所2022年度整体支出绩效自评报告")
            .Para("(四)部门绩效目标")
            .Para("(1)数量指标。确保主干道路灯每晚亮灯时长11小时以上。(2)质量指标。确保路灯亮灯率98%以上。")
            .Single();
        Assert.Equal("数量指标", Assert.Single(project.Indicators, i => i.Name.Contains("亮灯时长", StringComparison.Ordinal)).Level2);
        var rate = Assert.Single(project.Indicators, i => i.Name.Contains("亮灯率", StringComparison.Ordinal));
        Assert.Equal(("产出指标", "质量指标"), (rate.Level1, rate.Level2));
    }

    [Fact]
    public void A_level_word_inside_a_sentence_heads_nothing()
    {
        var project = new Docs()
            .Para("某县照明管理所2022年度整体支出绩效自评报告")
            .Para("(四)部门绩效目标")
            .Para("本年设数量指标。确保主干道路灯每晚亮灯时长11小时以上,公园景观灯每晚亮灯时长4小时以上。")
            .Single();
        Assert.All(project.Indicators, i => Assert.Null(i.Level2));
    }
}
