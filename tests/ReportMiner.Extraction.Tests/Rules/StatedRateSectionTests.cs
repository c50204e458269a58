namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A rate stated in a report's sentences is read as a result only under a heading about results (R032, R280); the
/// same kind of figure in the report's background (一、项目基本情况; R283) describes the place, not the project.
/// </summary>
public sealed class StatedRateSectionTests
{
    [Fact]
    public void A_rate_under_a_results_heading_is_an_actual_but_one_in_the_background_is_not()
    {
        var project = new Docs()
            .Para("某县2020年度护林员补助项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本县林地面积12万公顷,森林覆盖率68%。")
            .Para("二、项目绩效目标完成情况")
            .Para("全年巡护到岗率98.5%。")
            .Single();
        var patrol = Assert.Single(project.Indicators);
        Assert.Equal(("巡护到岗率", 98.5), (patrol.Name, patrol.Actual!.Value!.Value));
    }

    [Fact]
    public void A_rate_under_a_results_heading_that_names_a_level_takes_that_level()
    {
        var project = new Docs()
            .Para("某县2019年度殡葬改革补助项目绩效自评报告")
            .Para("(二)项目绩效指标完成情况")
            .Para("1.产出指标完成情况。")
            .Para("一是安葬服务覆盖广,公益性公墓覆盖率达92.5%。")
            .Para("2.满意度指标完成情况。")
            .Para("经抽样回访,群众满意率97%。")
            .Single();
        Assert.Equal("产出指标", Assert.Single(project.Indicators, i => i.Name == "公益性公墓覆盖率").Level1);
        Assert.Equal("满意度指标", Assert.Single(project.Indicators, i => i.Name == "群众满意率").Level1);
    }
}

/// <summary>
/// Results sentences link a rate to its value with 达到了 as often as with 达到, and state several rates at once with
/// 均为 (R350, R486, R208): each rate before 均 is an indicator with the shared value.
/// </summary>
public sealed class StatedRateLinkTests
{
    [Fact]
    public void Rates_linked_by_daodaole_or_sharing_a_value_through_jun_are_each_read()
    {
        var project = new Docs()
            .Para("某县2023年度农机购置补贴项目绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("当年办证牌证率达到了100%。")
            .Para("抽查覆盖率及补贴发放到户率均为98%。")
            .Single();
        Assert.Equal(100, Assert.Single(project.Indicators, i => i.Name == "办证牌证率").Actual!.Value!.Value);
        Assert.Equal(98, Assert.Single(project.Indicators, i => i.Name == "抽查覆盖率").Actual!.Value!.Value);
        Assert.Equal(98, Assert.Single(project.Indicators, i => i.Name == "补贴发放到户率").Actual!.Value!.Value);
    }

    [Fact]
    public void A_rate_whose_name_holds_ji_is_not_cut_where_rates_sharing_a_value_are_split()
    {
        var project = new Docs()
            .Para("某县2023年度农机购置补贴项目绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("问题整改及时率和投诉及时响应率均为100%。")
            .Single();
        Assert.Equal(100, Assert.Single(project.Indicators, i => i.Name == "问题整改及时率").Actual!.Value!.Value);
        Assert.Equal(100, Assert.Single(project.Indicators, i => i.Name == "投诉及时响应率").Actual!.Value!.Value);
        Assert.DoesNotContain(project.Indicators, i => i.Name == "时响应率");
    }
}

/// <summary>
/// A stated rate's name reaches back at most sixteen characters before its ending, as far as the genre's rate names go
/// (98% of the readable gold's rate and satisfaction names are no longer); rates sharing a value through 均 fit in it.
/// </summary>
public sealed class StatedRateNameLengthTests
{
    [Fact]
    public void Two_rates_sharing_a_value_whose_names_together_fill_the_sixteen_characters_are_both_read()
    {
        var project = new Docs()
            .Para("某县2023年度农村公路建设项目绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("项目验收合格率及工程质量达标率均为100%。")
            .Single();
        Assert.Equal(100, Assert.Single(project.Indicators, i => i.Name == "项目验收合格率").Actual!.Value!.Value);
        Assert.Equal(100, Assert.Single(project.Indicators, i => i.Name == "工程质量达标率").Actual!.Value!.Value);
    }

    [Fact]
    public void A_clause_without_breaks_gives_a_rate_name_no_longer_than_sixteen_characters_and_its_ending()
    {
        var project = new Docs()
            .Para("某县2023年度农村公路建设项目绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("全县二十三个乡镇农村公路建设项目工程质量验收合格率100%。")
            .Single();
        var rate = Assert.Single(project.Indicators);
        Assert.EndsWith("验收合格率", rate.Name);
        Assert.InRange(rate.Name.Length, 5, 17);
    }
}

/// <summary>
/// A rate of money handed out to the people a project serves (经费发放率, 专项资金足额发放率, 补贴资金兑付率) is an output
/// the results report, though its name holds a money word (R136, R350, R486); the budget's own rates (资金到位率) stay out.
/// </summary>
public sealed class PayoutRateTests
{
    [Fact]
    public void A_rate_of_money_handed_out_is_an_indicator_but_the_funds_arrival_rate_is_not()
    {
        var project = new Docs()
            .Para("某县2023年度优抚对象补助项目绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("经费发放率为98%。")
            .Para("当年农机购置补贴资金兑付率100%。")
            .Para("资金到位率为100%。")
            .Single();
        Assert.Equal(98, Assert.Single(project.Indicators, i => i.Name == "经费发放率").Actual!.Value!.Value);
        Assert.Equal(100, Assert.Single(project.Indicators, i => i.Name == "农机购置补贴资金兑付率").Actual!.Value!.Value);
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("到位率", StringComparison.Ordinal));
    }
}
