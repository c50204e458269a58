namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Self-evaluations written to the national outline report each level's results in sentences under its numbered
/// heading ("1.产出指标完成情况。…", "2.社会效益指标。…") without restating the goals: the counts and rates closing their
/// clauses there are the level's indicators, named without the reporting body that opens the sentence.
/// </summary>
public sealed class HeadedResultSentenceTests
{
    [Fact]
    public void Counts_and_rates_under_level_headings_are_results_of_their_level()
    {
        var project = new Docs()
            .Para("某县2022年度河道保洁经费项目支出绩效自评报告")
            .Para("三、绩效指标完成情况分析")
            .Para("1.产出指标完成情况。我县共发生河道污染事件2起,低于控制指标5起;本项目清理河道长度36.5公里;垃圾清运及时率98%。")
            .Para("2.效益指标完成情况。河面漂浮物覆盖率0.15‰,水质达标率100%。")
            .Single();
        var cleaned = Assert.Single(project.Indicators, i => i.Name == "清理河道长度");
        Assert.Equal(("产出指标", 36.5), (cleaned.Level1, cleaned.Actual!.Value));
        Assert.Equal(2.0, Assert.Single(project.Indicators, i => i.Name == "河道污染事件").Actual!.Value);
        var floating = Assert.Single(project.Indicators, i => i.Name == "河面漂浮物覆盖率");
        Assert.Equal(("效益指标", "‰"), (floating.Level1, floating.Actual!.Unit));
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("指标", StringComparison.Ordinal));
    }

    [Fact]
    public void One_count_under_a_level_heading_is_a_remark_not_an_indicator()
    {
        var project = new Docs()
            .Para("某市2021年度慰问经费项目支出绩效自评报告")
            .Para("三、项目绩效实现情况")
            .Para("1.产出指标完成情况。2021年,共走访慰问老党员36次,按年初计划完成日常走访慰问工作。")
            .Para("2.效益指标完成情况。增进了党群关系。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void A_heading_that_names_its_own_measure_is_no_level_for_the_counts_below_it()
    {
        var project = new Docs()
            .Para("某区2022年度供水工程项目支出绩效自评报告")
            .Para("二、绩效指标完成情况分析")
            .Para("1.产出指标完成情况分析。")
            .Para("(1)工程完成数量。")
            .Para("完成年度建设项目1个,主要建设内容为新建机井1座,潜水泵2台,并配套其他设施。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void A_levelled_item_links_its_value_with_wei_and_drops_the_reporting_body()
    {
        var project = new Docs()
            .Para("某县2023年度学校运转经费项目支出绩效自评报告")
            .Para("二、绩效指标完成情况")
            .Para("①数量指标:2023年,我校收到运转经费资金12.5万元。")
            .Para("②时效指标:运转经费资金到位率为100%。")
            .Single();
        var received = Assert.Single(project.Indicators, i => i.Name == "收到运转经费资金");
        Assert.Equal(("产出指标", "数量指标", 12.5), (received.Level1, received.Level2, received.Actual!.Value));
        var arrived = Assert.Single(project.Indicators, i => i.Name == "运转经费资金到位率");
        Assert.Equal(("时效指标", 100.0), (arrived.Level2, arrived.Actual!.Value));
    }

    [Fact]
    public void A_level_label_ending_in_mubiao_closed_by_its_full_stop_reports_results_not_goals()
    {
        var project = new Docs()
            .Para("某县2020年度公路安全防护工程绩效自评报告")
            .Para("二、绩效目标完成情况分析")
            .Para("1.数量指标。该项目处治里程12公里,完成波形护栏2400米。")
            .Para("2.社会效益目标。项目处治路线3条,覆盖乡镇2个。")
            .Single();
        var roads = Assert.Single(project.Indicators, i => i.Name == "项目处治路线");
        Assert.Null(roads.Target);
        Assert.Equal(("效益指标", "社会效益目标", 3.0), (roads.Level1, roads.Level2, roads.Actual!.Value));
        Assert.Equal(12.0, Assert.Single(project.Indicators, i => i.Name == "处治里程").Actual!.Value);
    }
    [Fact]
    public void Counts_under_level_headings_outside_a_results_part_are_background_not_indicators()
    {
        var project = new Docs()
            .Para("某县2022年度义务教育保障经费项目支出绩效自评报告")
            .Para("一、项目基本情况")
            .Para("1.产出指标。全县现有中小学校42所,在校学生18600人。")
            .Para("2.效益指标。覆盖乡镇14个。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void Counts_under_a_single_level_heading_are_a_list_of_activities_not_indicators()
    {
        var project = new Docs()
            .Para("某区2023年度党建工作经费项目支出绩效自评报告")
            .Para("二、绩效指标完成情况")
            .Para("1.产出指标完成情况。全年召开专题会议6次,印发文件12份,开展督查8次。")
            .Para("2.效益指标完成情况。党员群众的凝聚力进一步增强。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void A_count_in_a_sentence_about_a_shortfall_is_no_result()
    {
        var project = new Docs()
            .Para("某县2021年度人居环境整治项目支出绩效自评报告")
            .Para("三、绩效指标完成情况分析")
            .Para("1.产出指标完成情况。改造农村户厕1260户;清理村庄垃圾4300吨。")
            .Para("2.效益指标完成情况。村庄保洁覆盖率100%。存在的问题是仍有整改村庄5个。")
            .Single();
        Assert.Equal(1260.0, Assert.Single(project.Indicators, i => i.Name == "改造农村户厕").Actual!.Value);
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("整改", StringComparison.Ordinal));
    }
}
