namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Reports that list their goals in one sentence and report no measure back (R163, R241, R289, R120): each clause that
/// names a measure with its value is an indicator whose target that value is.
/// </summary>
public sealed class GoalStatementListTests
{
    [Fact]
    public void Measures_listed_after_the_words_that_state_the_goals_are_indicators_with_their_targets()
    {
        var project = new Docs()
            .Para("某厅2023年度法律服务项目支出绩效自评报告")
            .Para("一、项目概况")
            .Para("(二)项目绩效目标")
            .Para("项目年度目标:法律顾问驻点服务大于200天,审查合同不少于40份,开展普法讲座至少6次,意见采纳率大于85%,满意度大于90%等。")
            .Single();
        var days = Assert.Single(project.Indicators, i => i.Name == "法律顾问驻点服务");
        Assert.Equal((">", 200.0, "天"), (days.Target!.Op, days.Target.Value!.Value, days.Target.Unit));
        var talks = Assert.Single(project.Indicators, i => i.Name == "开展普法讲座");
        Assert.Equal((">=", 6.0), (talks.Target!.Op, talks.Target.Value!.Value));
        Assert.Contains(project.Indicators, i => i.Name == "满意度" && i.Target!.Value == 90);
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    [Fact]
    public void A_count_written_before_what_it_counts_names_the_measure_without_the_count()
    {
        var project = new Docs()
            .Para("某县2021年农村供水工程维修养护资金绩效自评报告")
            .Para("本项目总体的绩效目标是120处农村供水工程维修养护,覆盖服务人口3.6(万人)。")
            .Single();
        var works = Assert.Single(project.Indicators, i => i.Name == "农村供水工程维修养护");
        Assert.Equal(120.0, works.Target!.Value);
        Assert.Contains(project.Indicators, i => i.Name == "覆盖服务人口");
    }

    [Fact]
    public void Sums_the_budget_allots_are_not_goals_but_earnings_and_sums_per_unit_are()
    {
        var project = new Docs()
            .Para("某县2022年度产业基地建设项目绩效监控报告")
            .Para("2.项目绩效目标设定情况")
            .Para("项目总投资80万元,下达衔接资金60万元,项目实施后预计年收入租金3万元,每亩补助标准不低于800元。")
            .Single();
        Assert.Contains(project.Indicators, i => i.Name == "年收入租金" && i.Target!.Value == 3);
        Assert.Contains(project.Indicators, i => i.Name.StartsWith("每亩补助标准", StringComparison.Ordinal));
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("投资", StringComparison.Ordinal) || i.Name.Contains("资金", StringComparison.Ordinal));
    }

    [Fact]
    public void Goals_are_not_read_alone_where_the_results_report_measures_of_their_own()
    {
        var project = new Docs()
            .Para("某县2022年度文化惠民项目绩效自评报告")
            .Para("一、绩效目标")
            .Para("项目年度目标:送戏下乡演出40场,培训文艺骨干120人次。")
            .Para("二、绩效目标完成情况分析")
            .Para("全年观众满意率98%,受理群众点单36个。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Target is not null && i.Actual is null);
    }

    [Fact]
    public void One_figure_under_the_goals_is_background_not_a_list_of_goals()
    {
        var project = new Docs()
            .Para("某镇2024年度排水设施配套项目绩效自评报告")
            .Para("一、绩效目标")
            .Para("项目年度目标:新建排水沟800米,全面提升防洪能力。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void Under_a_heading_that_joins_the_goals_to_the_background_counts_are_not_goals()
    {
        var project = new Docs()
            .Para("某县2022年度乡村道路养护资金绩效自评报告")
            .Para("一、项目概况及绩效目标")
            .Para("全县共有行政村86个,通村公路总里程420公里。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void Of_goals_stated_for_two_years_those_of_the_reported_year_are_read()
    {
        var project = new Docs()
            .Para("某省2022年度高标准农田建设资金绩效评价报告")
            .Para("(三)项目绩效目标")
            .Para("1.2021年度绩效目标。新建高标准农田500万亩,发展高效节水灌溉120万亩。")
            .Para("2.2022年度绩效目标。新建高标准农田540万亩,发展高效节水灌溉130万亩。")
            .Single();
        Assert.Equal(2022, project.Year);
        Assert.Equal(540.0, Assert.Single(project.Indicators, i => i.Name == "新建高标准农田").Target!.Value);
    }

    [Fact]
    public void Measures_listed_after_the_words_main_indicators_are_goals_even_beside_one_read_from_its_own_clause()
    {
        var project = new Docs()
            .Para("某市2023年城市维护费项目绩效运行监控报告")
            .Para("一、项目基本情况")
            .Para("为提高居民生活的环境质量,按要求实施城维费项目,主要指标是城市道路装灯率100%,亮灯率99%,免费开放社会公厕34座,垃圾无害化处理率达91%以上。")
            .Single();
        Assert.Equal(["亮灯率", "免费开放社会公厕", "垃圾无害化处理率", "城市道路装灯率"], project.Indicators.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Equal(99.0, Assert.Single(project.Indicators, i => i.Name == "亮灯率").Target!.Value);
        // The list states targets: its plain values are not what was reached.
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    [Fact]
    public void A_sentence_that_states_its_goal_and_then_what_was_reached_gives_the_reached_value_as_the_actual()
    {
        var project = new Docs()
            .Para("某市2022年12345政务服务便民热线运行经费绩效评价报告")
            .Table(
                "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
                "产出\t产出质量\t话务接通率\t10\t接通率≥95%得满分。\t10")
            .Para("年度绩效目标为话务接通率95%，实际话务接通率96.5%。")
            .Single();
        var answered = Assert.Single(project.Indicators, i => i.Name == "话务接通率");
        Assert.Equal(96.5, answered.Actual!.Value);
    }

    [Fact]
    public void The_ordinals_that_count_a_goal_list_in_prose_are_not_part_of_the_names()
    {
        var project = new Docs()
            .Para("某区2024年度城镇保障性安居工程补助资金绩效自评报告")
            .Para("1.区域绩效目标情况:2024年度总体区域绩效目标:一是筹集配售型保障性住房540套;二是发放租赁补贴2492户。")
            .Single();
        Assert.Contains(project.Indicators, i => i.Name == "筹集配售型保障性住房" && i.Target!.Value == 540);
        Assert.Contains(project.Indicators, i => i.Name == "发放租赁补贴" && i.Target!.Value == 2492);
        Assert.DoesNotContain(project.Indicators, i => i.Name.EndsWith("是", StringComparison.Ordinal) || i.Name.StartsWith("一是", StringComparison.Ordinal) || i.Name.StartsWith("二是", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_whose_unit_names_the_one_it_also_counts_in_is_a_goal_with_its_target()
    {
        var project = new Docs()
            .Para("某区2024年度城镇保障性安居工程补助资金绩效自评报告")
            .Para("1.区域绩效目标情况:2024年度总体区域绩效目标:筹集配租型保障性住房4042套(间);发放租赁补贴2492户。")
            .Single();
        var homes = Assert.Single(project.Indicators, i => i.Name == "筹集配租型保障性住房");
        Assert.Equal(4042.0, homes.Target!.Value);
    }

    [Fact]
    public void The_parts_a_goal_lists_after_qizhong_joined_by_enumeration_commas_are_goals_each_with_its_target()
    {
        var project = new Docs()
            .Para("某市交通运输局关于2023年度省级交通专项资金绩效自评报告")
            .Para("(二)绩效目标情况")
            .Para("计划完成综合交通、公路等年度建设任务。其中:完成治超监控设施点7个、支持普通国省道升级改造11.94公里、支持桥涵标维护5座。")
            .Single();
        Assert.Equal(7.0, Assert.Single(project.Indicators, i => i.Name == "治超监控设施点").Target!.Value);
        Assert.Equal(11.94, Assert.Single(project.Indicators, i => i.Name == "普通国省道升级改造").Target!.Value);
        Assert.Equal(5.0, Assert.Single(project.Indicators, i => i.Name == "桥涵标维护").Target!.Value);
    }

    [Fact]
    public void A_list_without_qizhong_that_describes_the_works_stays_one_clause()
    {
        var project = new Docs()
            .Para("某区2024年度科创园区建设工程项目绩效自评报告")
            .Para("(二)绩效目标")
            .Para("1、总体目标:建成占地面积12.77万平方米、总建筑面积约27.6万平米,建设园区内管线工程等基础设施工程。")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void A_rate_in_a_goal_list_keeps_the_verb_that_its_name_opens_with()
    {
        var project = new Docs()
            .Para("某县2022年度道路养护项目绩效自评报告")
            .Para("(二)绩效目标")
            .Para("项目年度目标:完成道路养护120公里,完成及时率100%。")
            .Single();
        Assert.Contains(project.Indicators, i => i.Name == "道路养护" && i.Target!.Value == 120);
        Assert.Contains(project.Indicators, i => i.Name == "完成及时率");
    }

    [Fact]
    public void A_count_after_a_list_closed_by_deng_tallies_the_list_and_is_no_goal()
    {
        var project = new Docs()
            .Para("某省残疾人联合会2023年度部门整体支出绩效自评报告")
            .Para("(三)部门整体绩效目标")
            .Para("聚焦提高残疾人社会保障水平、促进残疾人高质量就业等6大领域,全年新增残疾人就业数量达到17500名;康复服务残疾人数不少于100万名。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.EndsWith('等'));
        Assert.Contains(project.Indicators, i => i.Name == "康复服务残疾人数");
    }
}
