namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Target forms outside the row-per-indicator shape: the reviewing offices' opinion lines that close a 目标申报表, and a
/// level's indicators written as one list after the level-1 label, in prose or in the cell beside the label.
/// </summary>
public sealed class LevelledListTests
{
    [Fact]
    public void The_reviewing_offices_opinions_below_a_target_form_are_not_indicators()
    {
        var project = TextReports.Single(
            "项目名称\t村道提质改造项目",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t新建村道长度\t>=3公里",
            "满意度指标\t服务对象满意度指标\t村民满意度\t>=90%",
            "财政部门业务股室初审意见\t(盖章)",
            "",
            "主管部门审核意见\t(盖章)");
        Assert.Equal(["新建村道长度", "村民满意度"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_level_one_label_followed_only_by_measures_with_values_lists_its_indicators()
    {
        var project = new Docs()
            .Para("某县2022年度茶叶种植补助资金绩效自评报告")
            .Para("（二）具体绩效目标")
            .Para("效益指标:茶农亩均增收≥8%;带动就业人数≥120人。")
            .Single();
        var income = Assert.Single(project.Indicators, i => i.Name == "茶农亩均增收");
        Assert.Equal(("效益指标", (string?)null, ">=", 8.0), (income.Level1, income.Level2, income.Target!.Op, income.Target.Value));
        Assert.Equal(120.0, Assert.Single(project.Indicators, i => i.Name == "带动就业人数").Target!.Value);
    }

    [Fact]
    public void A_level_one_list_that_the_excerpt_cuts_inside_its_last_item_still_lists_the_items_before()
    {
        var project = new Docs()
            .Para("某省2022年度农村物流补助资金绩效自评报告")
            .Para("2.下达绩效目标情况。")
            .Para("具体指标。产出指标:乡镇快递网点覆盖数量60个;建设县级物流配送中心4个;2022年全省农村")
            .Para("我要收藏")
            .Single();
        var points = Assert.Single(project.Indicators, i => i.Name == "乡镇快递网点覆盖数量");
        Assert.Equal(("产出指标", 60.0), (points.Level1, points.Target!.Value));
        Assert.Contains(project.Indicators, i => i.Name == "建设县级物流配送中心" && i.Target!.Value == 4);
    }

    [Fact]
    public void A_level_one_label_before_a_sentence_without_values_names_no_indicator()
    {
        var project = new Docs()
            .Para("某县2022年度茶叶种植补助资金绩效自评报告")
            .Para("效益指标:项目实施后,茶园管理水平明显提升,茶农积极性较高。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Level1 == "效益指标");
    }

    [Fact]
    public void A_goals_row_with_a_level_label_and_a_list_beside_it_gives_one_target_per_item()
    {
        var project = new Docs()
            .Para("某市2022年项目支出绩效目标表")
            .Table(
                "项目名称\t全市河道巡护专项经费\t<",
                "年度绩效总目标\t产出指标\t开展河道巡查频次12次;印发宣传资料数量5000份;巡护问题整改率≥95%。",
                "^\t效益指标\t沿河群众知晓率≥90%;河道水质达标率≥85%。")
            .Single();
        var patrol = Assert.Single(project.Indicators, i => i.Name == "开展河道巡查频次");
        Assert.Equal(("产出指标", 12.0), (patrol.Level1, patrol.Target!.Value));
        Assert.Equal(("效益指标", 85.0), Assert.Single(project.Indicators, i => i.Name == "河道水质达标率") is var q ? (q.Level1, q.Target!.Value) : default);
        Assert.Equal(5, project.Indicators.Count);
    }

    [Fact]
    public void A_list_beside_a_level_label_with_target_and_actual_cells_after_it_stays_one_indicator()
    {
        var project = new Docs()
            .Para("某市2022年项目支出绩效自评表")
            .Table(
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
                "产出指标\t数量指标\t慰问困难党员30人;慰问老党员20人\t100%\t100%")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name == "慰问老党员");
    }

    [Fact]
    public void A_numbered_heading_that_names_a_level_one_opens_its_part_for_the_lists_below()
    {
        var project = new Docs()
            .Para("某县2022年度茶叶种植补助资金绩效自评报告")
            .Para("2.效益指标下达情况")
            .Para("效益指标:茶农亩均增收≥8%;带动就业人数≥120人。")
            .Para("3.满意度指标下达情况")
            .Para("服务对象满意度指标:受益茶农满意度≥85%。")
            .Single();
        Assert.Equal("满意度指标", Assert.Single(project.Indicators, i => i.Name == "受益茶农满意度").Level1);
    }

    [Fact]
    public void A_goal_stated_as_a_state_among_measured_goals_in_a_cell_list_is_a_qualitative_target()
    {
        var project = new Docs()
            .Para("某市2022年项目支出绩效目标表")
            .Table(
                "项目名称\t全市档案保护专项经费\t<",
                "年度绩效总目标\t产出指标\t档案数字化页数≥20万页;档案修复合格率≥95%。",
                "^\t效益指标\t档案查阅服务人次≥3000人次;档案安全管理制度基本健全;档案利用满意度≥90%。")
            .Single();
        var rules = Assert.Single(project.Indicators, i => i.Name == "档案安全管理制度");
        Assert.Equal(("效益指标", "基本健全", (double?)null), (rules.Level1, rules.Target!.Text, rules.Target.Value));
        Assert.Equal(5, project.Indicators.Count);
    }

    [Fact]
    public void A_cell_list_that_is_mostly_states_is_not_read_as_goals()
    {
        var project = new Docs()
            .Para("某市2022年项目支出绩效目标表")
            .Table(
                "项目名称\t全市档案保护专项经费\t<",
                "年度绩效总目标\t效益指标\t档案管理水平明显提升;档案安全管理制度基本健全;档案查阅服务人次≥3000人次。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name == "档案安全管理制度");
    }

    [Fact]
    public void The_row_below_a_goals_row_that_lost_its_spanned_goal_cell_is_read_under_the_same_goals()
    {
        var project = new Docs()
            .Para("全市档案保护专项经费")
            .Table(
                "项目名称\t全市档案保护专项经费\t<",
                "年度绩效总目标\t产出指标\t档案数字化页数≥20万页;档案修复合格率≥95%。",
                "效益指标\t档案查阅服务人次≥3000人次;档案利用满意度≥90%。")
            .Single();
        // An untitled form that only states the year's goals is a target form (FormKindTests); the goals still read.
        Assert.Equal("target", project.ReportKind);
        Assert.Equal("效益指标", Assert.Single(project.Indicators, i => i.Name == "档案查阅服务人次").Level1);
    }
}
