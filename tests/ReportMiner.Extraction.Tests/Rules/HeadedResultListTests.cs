namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Self-evaluations written to the national outline list what each level-2 part reached under its numbered heading
/// ("(1)数量指标。" then "办理案件94件；调解纠纷1087件。"; R370, and inline in R280 and R350): every measured item is an
/// indicator with its actual and the heading's levels. Narrative under the heading, or figures without a unit, give none.
/// </summary>
public sealed class HeadedResultListTests
{
    [Fact]
    public void A_list_on_the_line_after_a_level_heading_gives_its_measures_with_their_levels()
    {
        var project = new Docs()
            .Para("某县2021年度司法行政补助资金绩效自评报告")
            .Para("二、绩效自评情况")
            .Para("(三)绩效指标完成情况分析。")
            .Para("1.产出指标完成情况分析。")
            .Para("(1)数量指标。")
            .Para("办理援助案件52件;开展宣传活动场次31场。")
            .Para("(2)质量指标。")
            .Para("案件回访满意率98%。")
            .Para("三、偏离绩效目标的原因和改进措施")
            .Single();
        var cases = Assert.Single(project.Indicators, i => i.Name == "办理援助案件");
        Assert.Equal(("产出指标", "数量指标", 52.0), (cases.Level1, cases.Level2, cases.Actual!.Value!.Value));
        Assert.Null(cases.Target);
        Assert.Contains(project.Indicators, i => i.Name == "开展宣传活动场次" && i.Actual!.Value == 31);
        var rate = Assert.Single(project.Indicators, i => i.Name == "案件回访满意率");
        Assert.Equal(("产出指标", "质量指标", 98.0), (rate.Level1, rate.Level2, rate.Actual!.Value!.Value));
    }

    [Fact]
    public void A_list_on_the_heading_line_is_read_as_well()
    {
        var project = new Docs()
            .Para("某县2022年度优抚补助资金绩效自评报告")
            .Para("1.产出指标完成情况分析。")
            .Para("(1)数量指标。发放优待金对象318名;走访慰问家庭45户。")
            .Single();
        Assert.Equal(["发放优待金对象", "走访慰问家庭"], project.Indicators.Select(i => i.Name).Order());
        Assert.All(project.Indicators, i => Assert.Equal("数量指标", i.Level2));
    }

    [Fact]
    public void A_list_under_the_goals_heading_gives_targets_not_actuals()
    {
        var project = new Docs()
            .Para("某县2022年度农村公路养护资金绩效自评报告")
            .Para("一、项目绩效目标")
            .Para("1.产出指标。")
            .Para("(1)数量指标。养护农村公路里程86公里;修复桥涵12座。")
            .Single();
        var roads = Assert.Single(project.Indicators, i => i.Name == "养护农村公路里程");
        Assert.Equal(86.0, roads.Target!.Value);
        Assert.Null(roads.Actual);
    }

    [Fact]
    public void Narrative_under_a_level_heading_gives_no_indicator()
    {
        var project = new Docs()
            .Para("某县2022年度优抚补助资金绩效自评报告")
            .Para("1.产出指标完成情况分析。")
            .Para("(1)数量指标。")
            .Para("为318名服务对象发放补助金212.6万元,持续改善他们的基本生活。")
            .Para("(2)质量指标。")
            .Para("经费发放率为98%覆盖率及资金到位率均为100%")
            .Single();
        // The narrative gives none; the money handed out (经费发放率) is a stated result of its own (R350's gold), the
        // bare 覆盖率 and the budget's 资金到位率 are not.
        Assert.Equal(["经费发放率"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Figures_without_a_unit_under_a_level_heading_give_no_indicator()
    {
        var project = new Docs()
            .Para("某县2022年度文化补助资金绩效自评报告")
            .Para("1.产出指标完成情况分析。")
            .Para("(1)数量指标。")
            .Para("项目编号2022;批次3。")
            .Single();
        Assert.Empty(project.Indicators);
    }
}
