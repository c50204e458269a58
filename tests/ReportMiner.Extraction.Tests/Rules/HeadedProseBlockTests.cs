namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Self-evaluations written to the national outline report a level-2 part in sentences under its numbered heading
/// ("(2)社会效益" then "…政策直接受益户5户,作业面积及受益面积达到5000余亩,间接受益户达到320户。通过…"): each
/// clause that closes on a measure and its value is an indicator with the heading's levels; narrative clauses and sums of
/// money are not.
/// </summary>
public sealed class HeadedProseBlockTests
{
    [Fact]
    public void Clauses_closing_on_a_measure_under_a_level_heading_alone_on_its_line_give_indicators_with_its_levels()
    {
        var project = new Docs()
            .Para("某区2023年度农机购置补贴资金绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("(1)经济效益")
            .Para("农机化率得到了进一步提升,农民种田成本进一步降低。")
            .Para("(2)社会效益")
            .Para("2023年通过农机购置补贴政策直接受益户12户,作业面积及受益面积达到3000余亩,间接受益户达到210户。补贴金额13.6万元,举办现场演示会2期,群众反映良好。")
            .Single();
        var direct = Assert.Single(project.Indicators, i => i.Name == "直接受益户");
        Assert.Equal(("效益指标", "社会效益", 12.0), (direct.Level1, direct.Level2, direct.Actual!.Value!.Value));
        Assert.Null(direct.Target);
        Assert.Contains(project.Indicators, i => i.Name == "作业面积及受益面积" && i.Actual!.Value == 3000);
        Assert.Contains(project.Indicators, i => i.Name == "间接受益户" && i.Actual!.Value == 210);
        Assert.Equal(3, project.Indicators.Count);
    }

    [Fact]
    public void The_words_leading_into_a_measure_are_not_part_of_its_name()
    {
        var project = new Docs()
            .Para("某县2022年度水土保持补助资金绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("(3)生态效益。项目区综合治理后年保土量2.75万t,林草植被得到恢复。")
            .Single();
        var soil = Assert.Single(project.Indicators);
        Assert.Equal(("年保土量", "生态效益", 2.75), (soil.Name, soil.Level2, soil.Actual!.Value!.Value));
    }

    [Fact]
    public void The_same_sentences_give_results_under_the_results_heading_and_none_under_the_goals()
    {
        Docs Report(string part) => new Docs()
            .Para("某区2023年度农机购置补贴资金绩效自评报告")
            .Para(part)
            .Para("(2)社会效益")
            .Para("通过补贴政策直接受益户12户,间接受益户达到210户。");
        Assert.DoesNotContain(Report("一、绩效目标").Single().Indicators, i => i.Actual is not null);
        Assert.Equal(["直接受益户", "间接受益户"], Report("二、绩效目标完成情况分析").Single().Indicators.Where(i => i.Actual is not null).Select(i => i.Name));
    }
}
