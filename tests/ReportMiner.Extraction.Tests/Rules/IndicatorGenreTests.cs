using System.Text;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>What real 自评表/目标表 do to indicator tables, each on a small table of its own.</summary>
public sealed class IndicatorGenreTests
{
    private const string NationalHeader = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施";

    [Fact]
    public void Template_slots_are_stripped_from_names_and_unfilled_slots_are_not_indicators()
    {
        var project = new Docs().Para("项目支出绩效自评表").Table(
            NationalHeader,
            "产出指标\t数量指标\t指标1：话务接通率\t≥90%\t93.2%\t20\t20\t",
            "^\t^\t指标2 回访率\t≥95%\t96%\t20\t20\t",
            "^\t^\t指标3：\t\t\t\t\t",
            "^\t质量指标\t……\t\t\t\t\t",
            "^\t^\t指标2\t\t\t\t\t").Single();
        Assert.Equal(["话务接通率", "回访率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(93.2, project.Indicators[0].Actual!.Value);
    }

    [Fact]
    public void Rows_with_different_names_or_level_two_labels_stay_different_indicators()
    {
        var project = new Docs().Table(
            NationalHeader,
            "产出指标\t时效指标\t及时(按期)开工率\t≥90%\t95%\t10\t10\t",
            "^\t^\t及时(按期)完工率\t≥90%\t92%\t10\t10\t",
            "效益指标\t社会效益指标\t群众知晓率\t≥80%\t85%\t10\t10\t",
            "满意度指标\t服务对象满意度指标\t群众知晓率\t≥90%\t91%\t10\t10\t").Single();
        Assert.Equal(4, project.Indicators.Count);
        Assert.Equal(92, project.Indicators.Single(i => i.Name == "及时(按期)完工率").Actual!.Value);
        Assert.Equal(2, project.Indicators.Count(i => i.Name == "群众知晓率"));
    }

    [Fact]
    public void A_two_row_header_whose_spans_an_export_lost_nests_op_value_and_unit_under_the_target()
    {
        // The national form as a web page gives it: 年度指标值 over 指标性质 | 指标值 | 度量单位, spans gone,
        // and rows under a spanning level-1 cell start at their level-2 cell.
        var project = TextDocument(
            "绩效指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位",
            "产出指标\t数量指标\t补助经费\t﹦\t72890\t元\t72890\t10.00\t9.00",
            "质量指标\t项目验收合格率\t＝\t100\t%\t100\t20\t19",
            "效益指标\t社会效益指标\t违法行为责停率\t≥\t95\t%\t95\t30.00\t27.00",
            "满意度指标\t服务对象满意度指标\t满意度\t≥\t95\t%\t95\t10.00");
        Assert.Equal(4, project.Indicators.Count);
        var money = project.Indicators[0];
        Assert.Equal(("=", 72890.0, "元"), (money.Target!.Op, money.Target.Value!.Value, money.Target.Unit));
        Assert.Equal((72890.0, "元"), (money.Actual!.Value!.Value, money.Actual.Unit));
        Assert.Equal((10.0, 9.0), (money.Weight!.Value, money.Score!.Value));
        var quality = project.Indicators[1];
        Assert.Equal(("产出指标", "质量指标"), (quality.Level1, quality.Level2));
        Assert.Equal((100.0, 20.0, 19.0), (quality.Target!.Value!.Value, quality.Weight!.Value, quality.Score!.Value));
        var satisfaction = project.Indicators[3];
        Assert.Equal((">=", 95.0, "%"), (satisfaction.Target!.Op, satisfaction.Target.Value!.Value, satisfaction.Target.Unit));
        Assert.Equal(10, satisfaction.Weight);
        Assert.Null(satisfaction.Score);
    }

    [Fact]
    public void A_two_row_header_with_real_merged_cells_is_merged_column_by_column()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t年度指标值\t年度指标值\t实际完成值\t分值\t得分",
            "^\t^\t^\t指标性质\t指标值\t计量单位\t^\t^\t^",
            "产出指标\t数量指标\t受理来电量\t≥\t100\t万件\t120\t20\t20",
            "^\t质量指标\t服务规范性\t定性\t好\t\t好\t10\t10").Single();
        var calls = project.Indicators[0];
        Assert.Equal((">=", 1_000_000.0, "件"), (calls.Target!.Op, calls.Target.Value!.Value, calls.Target.Unit));
        Assert.True(calls.Met);
        var manner = project.Indicators[1];
        Assert.Equal("好", manner.Target!.Text);
        Assert.Null(manner.Target.Value);
        Assert.Null(manner.Target.Op);
        Assert.True(manner.Met);
    }

    [Fact]
    public void The_value_type_column_says_qualitative_or_quantitative_and_is_not_the_target()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t实际完成值",
            "产出指标\t时效指标\t工单办结时限\t定量\t≤5个工作日\t3个工作日").Single();
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal(("<=", 5.0), (indicator.Target!.Op, indicator.Target.Value!.Value));
    }

    [Fact]
    public void A_data_row_whose_scoring_rule_mentions_a_header_word_is_still_a_data_row()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t评（扣）分标准",
            "产出指标\t数量指标\t受理来电量\t≥100万件\t120万件\t20\t20\t未达指标值酌情扣分",
            "^\t质量指标\t话务接通率\t≥90%\t93%\t20\t20\t未达指标值酌情扣分",
            "效益指标\t社会效益指标\t群众诉求解决率\t≥85%\t88%\t20\t18\t完成指标值得满分").Single();
        Assert.Equal(3, project.Indicators.Count);
        Assert.Equal(93, project.Indicators.Single(i => i.Name == "话务接通率").Actual!.Value);
        Assert.Equal(18, project.Indicators.Single(i => i.Name == "群众诉求解决率").Score);
    }

    [Theory]
    [InlineData("", "数量指标", "产出指标")]
    [InlineData("（50分）", "时效指标", "产出指标")]
    [InlineData("(30分", "社会效益指标", "效益指标")]
    [InlineData("", "可持续影响指标", "效益指标")]
    [InlineData("", "服务对象满意度指标", "满意度指标")]
    [InlineData("", "经济成本指标", "成本指标")]
    [InlineData("效益", "社会效益指标", "效益")]
    public void A_blank_or_points_only_level_one_is_inferred_from_level_two(string level1Cell, string level2, string expected)
    {
        var project = new Docs().Table(
            NationalHeader,
            $"{level1Cell}\t{level2}\t话务接通率\t≥90%\t93%\t20\t20\t").Single();
        Assert.Equal(expected, Assert.Single(project.Indicators).Level1);
    }

    [Fact]
    public void A_total_row_ends_the_region_even_under_a_side_label_spanning_the_first_column()
    {
        var project = new Docs().Table(
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "^\t产出指标\t数量指标\t受理来电量\t≥100万件\t120万件\t50\t50",
            "^\t效益指标\t社会效益指标\t群众诉求解决率\t≥85%\t88%\t40\t38",
            "^\t总分\t\t\t\t\t90\t88",
            "^\t项目负责人\t张三\t联系电话\t12345678\t\t\t",
            "^\t评价结论\t优\t\t\t\t\t").Single();
        Assert.Equal(["受理来电量", "群众诉求解决率"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_merged_cell_spanning_the_name_and_value_columns_is_not_a_value()
    {
        var draft = new TableDraft(1);
        var header = new[] { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值" };
        for (var c = 0; c < header.Length; c++) draft.AddCell(0, c, header[c]);
        draft.AddCell(1, 0, "产出指标").AddCell(1, 1, "数量指标").AddCell(1, 2, "受理来电量").AddCell(1, 3, "≥100万件").AddCell(1, 4, "120万件");
        draft.AddCell(2, 0, "产出指标").AddCell(2, 1, "质量指标").AddCell(2, 2, "本项目指标已按95%的接通率考核", columnSpan: 3);
        var builder = new DocumentBuilder("t.txt", FileFormat.Txt);
        builder.AddTable(draft);
        var project = Assert.Single(RuleBasedExtractor.Default.Extract(builder.Build(), "sha").Projects);
        Assert.Equal("受理来电量", Assert.Single(project.Indicators).Name);
    }

    [Fact]
    public void Rows_that_lost_their_spanned_cells_read_under_the_right_headers_with_levels_carried_down()
    {
        // A side label with its points heads the table but data rows do not repeat it; sub-items list only their name.
        var project = TextDocument(
            "年度绩效目标 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分",
            "产出指标\t数量指标\t一、示范区建立\t≧20000亩\t20000亩\t15.0",
            "1、水稻侧深施肥\t≧500亩\t500亩\t5.0",
            "质量指标\t示范区配方肥到位率\t≧80%\t85.6%\t10.0",
            "成本指标\t项目总成本\t≤90万元\t90\t8",
            "效益指标\t社会效益指标\t受益农户数\t5000户\t5000户\t5.0");
        Assert.Equal(5, project.Indicators.Count);
        var sub = project.Indicators[1];
        Assert.Equal(("产出指标", "数量指标", "水稻侧深施肥"), (sub.Level1, sub.Level2, sub.Name));
        Assert.Equal((500.0, 5.0), (sub.Target!.Value!.Value, sub.Score!.Value));
        var rate = project.Indicators[2];
        Assert.Equal(("产出指标", "质量指标", 85.6), (rate.Level1, rate.Level2, rate.Actual!.Value!.Value));
        Assert.Equal(("产出指标", "成本指标"), (project.Indicators[3].Level1, project.Indicators[3].Level2));
        Assert.Equal("效益指标", project.Indicators[4].Level1);
    }

    [Fact]
    public void A_row_of_level_labels_without_values_opens_its_part_for_the_rows_below()
    {
        // A target form's empty 经济效益指标 slot still carries 效益指标 to the next rows, which list only level 2 on.
        var project = TextDocument(
            "一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位\t指标解释",
            "产出指标\t数量指标\t档案整理卷数\t定量\t1200\t卷\t考察整理进度",
            "时效指标\t整理完成时间\t定性\t年底前\t\t考察完成时限",
            "效益指标\t经济效益指标\t",
            "社会效益指标\t档案查阅服务水平\t定性\t明显提升\t\t考察服务效果");
        Assert.Equal(3, project.Indicators.Count);
        var social = project.Indicators[2];
        Assert.Equal(("效益指标", "社会效益指标", "档案查阅服务水平"), (social.Level1, social.Level2, social.Name));
    }

    [Fact]
    public void A_level_one_carried_down_gives_way_to_the_framework_when_it_cannot_hold_the_new_level_two()
    {
        // The export lost the 效益指标 and 满意度指标 cells: the rows start at level 2.
        var project = TextDocument(
            NationalHeader,
            "产出指标\t数量指标\t培训班次\t≥4次\t5次\t20\t20\t",
            "质量指标\t培训合格率\t≥90%\t96%\t20\t20\t",
            "服务对象满意度指标\t学员满意度\t≥90%\t95%\t10\t10\t",
            "社会效益指标\t参训人员技能提升\t明显\t明显\t20\t20\t");
        Assert.Equal(["产出指标", "产出指标", "满意度指标", "效益指标"], project.Indicators.Select(i => i.Level1));
    }

    [Fact]
    public void A_level_one_the_province_names_differently_is_kept_when_it_can_hold_the_level_two()
    {
        var project = TextDocument(
            NationalHeader,
            "效果指标\t经济效益指标\t带动增收户数\t≥100户\t120户\t20\t20\t",
            "社会效益指标\t群众知晓率\t≥80%\t85%\t20\t20\t");
        Assert.Equal(["效果指标", "效果指标"], project.Indicators.Select(i => i.Level1));
        // The older national form lists 服务对象满意度指标 under 效益指标.
        var older = TextDocument(
            NationalHeader,
            "效益指标\t社会效益指标\t群众知晓率\t≥80%\t85%\t20\t20\t",
            "社会公众或服务对象满意度指标\t群众满意度\t≥90%\t93%\t10\t10\t");
        Assert.Equal(["效益指标", "效益指标"], older.Indicators.Select(i => i.Level1));
    }

    [Fact]
    public void A_value_type_word_under_the_name_column_is_not_an_indicator_name()
    {
        var project = TextDocument(
            "一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位",
            "产出指标\t数量指标\t档案整理卷数\t定量\t1200\t卷",
            "成本指标\t经济成本指标\t定量\t100\t%");
        Assert.DoesNotContain(project.Indicators, i => i.Name is "定量" or "定性");
    }

    [Fact]
    public void A_yes_no_question_about_problems_is_an_indicator_but_a_problems_note_is_not()
    {
        var project = TextDocument(
            "一级指标\t二级指标\t三级指标\t指标方向\t指标值",
            "产出指标\t质量指标\t验收工程是否存在安全问题\t是/否\t否",
            "存在问题\t无");
        Assert.Equal("验收工程是否存在安全问题", Assert.Single(project.Indicators).Name);
        Assert.Equal("否", project.Indicators[0].Target!.Text);
    }

    [Fact]
    public void Rows_whose_figures_were_stripped_keep_their_names_under_known_levels()
    {
        // A host site removed every figure; the names and levels are still the form's indicators.
        var project = TextDocument(
            NationalHeader,
            "产出指标\t数量指标\t新建村级服务站点数\t\t\t\t\t",
            "质量指标\t站点验收合格率\t\t\t\t\t",
            "指标2\t\t\t\t\t",
            "满意度指标\t服务对象满意度指");
        Assert.Equal(["新建村级服务站点数", "站点验收合格率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", "质量指标"), (project.Indicators[1].Level1, project.Indicators[1].Level2));
        Assert.Null(project.Indicators[1].Target);
    }

    [Fact]
    public void A_level_label_written_as_a_line_of_its_own_opens_its_part_and_the_table_goes_on()
    {
        // A text export wrote the one-cell row "质量指标" without a tab: it is still a row of the table.
        var project = TextDocument(
            "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t未完成原因",
            "产出指标\t数量指标\t★新建蓄水池\t20\t3座\t3座\t20",
            "质量指标",
            "工程验收合格率(≥**%)\t10\t100%\t100%\t10",
            "效益指标\t社会效益指标(必填)\t受益人口数量\t10\t90人\t90人\t10");
        Assert.Equal(["新建蓄水池", "工程验收合格率", "受益人口数量"], project.Indicators.Select(i => i.Name));
        var quality = project.Indicators[1];
        Assert.Equal(("产出指标", "质量指标", 10.0, 100.0), (quality.Level1, quality.Level2, quality.Weight!.Value, quality.Actual!.Value!.Value));
        Assert.Equal("社会效益指标", project.Indicators[2].Level2);
    }

    [Theory]
    [InlineData("★补助鱼塘面积", "补助鱼塘面积")]
    [InlineData("苗木成活率(≥**%)", "苗木成活率")]
    [InlineData("其中：实施新造林总面积(亩)", "其中：实施新造林总面积(亩)")]
    [InlineData("办结率：按期办结的工单占比", "办结率")]
    public void Names_lose_key_marks_and_template_hints_but_keep_a_sub_item_lead_in(string cell, string expected) =>
        Assert.Equal(expected, ReportMiner.Extraction.Indicators.IndicatorNames.Clean(cell).Replace(':', '：'));

    [Theory]
    [InlineData("种公猪(≥头)", "种公猪")]
    [InlineData("农村低保发放人数(按月平均)(=##k人)", "农村低保发放人数(按月平均)")]
    [InlineData("场地硬化(>坟平方米)", "场地硬化")]
    [InlineData("项目总成本(<*##万元)", "项目总成本")]
    [InlineData("旅游区居民满意度(三%)", "旅游区居民满意度")]
    [InlineData("农村低保标准(二##7C/佣)", "农村低保标准")]
    [InlineData("农村低保发放人数(2##人)", "农村低保发放人数")]
    public void A_template_hint_without_its_number_or_as_ocr_misreads_its_signs_is_no_part_of_the_name(string cell, string expected) =>
        Assert.Equal(expected, ReportMiner.Extraction.Indicators.IndicatorNames.Clean(cell));

    [Theory]
    [InlineData("达标率(≥95%)")]
    [InlineData("道路建设(二期)")]
    [InlineData("补助标准(2万元)")]
    [InlineData("实施营造林总面积(亩)")]
    [InlineData("新建住房(万平方米)")]
    [InlineData("设置宣传栏(2*3米)")]
    public void A_parenthesis_with_a_number_or_without_a_sign_stays_in_the_name(string cell) =>
        Assert.Equal(cell, ReportMiner.Extraction.Indicators.IndicatorNames.Clean(cell));

    [Fact]
    public void An_unclosed_parenthesis_followed_by_a_hundred_thousand_stars_is_searched_for_a_hint_in_linear_time()
    {
        // A hang guard with a generous bound, not a speed figure: the hint's "[^()]*\*\*[^()]*" tried every ** after the
        // parenthesis and scanned the rest of the text from each.
        var text = "达标率(" + new string('*', 100_000);
        var name = HangGuard.Within(TimeSpan.FromSeconds(3), () => ReportMiner.Extraction.Indicators.IndicatorNames.WithoutTemplateHint(text));
        Assert.Equal(text, name);
    }

    [Fact]
    public void A_row_cut_by_a_page_break_in_a_text_export_is_joined_and_the_table_goes_on()
    {
        var project = TextDocument(
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值\t未完成原因",
            "\t产出指标\t数量指标\t储备粮到位率\t100%\t100%",
            "\t\t\t库存数量真实率\t100%",
            "2、",
            "100%\t",
            "\t\t质量指标\t管理制度执行率\t100%\t98%",
            "\t效益指标\t可持续影响指标\t设备维护及安全性",
            "3、",
            "高\t高");
        Assert.Equal(["储备粮到位率", "库存数量真实率", "管理制度执行率", "设备维护及安全性"], project.Indicators.Select(i => i.Name));
        Assert.Equal(100, project.Indicators[1].Actual!.Value);
        Assert.Equal(98, project.Indicators[2].Actual!.Value);
        Assert.Equal(("产出指标", "质量指标"), (project.Indicators[2].Level1, project.Indicators[2].Level2));
        Assert.Equal(("高", "高"), (project.Indicators[3].Target!.Text, project.Indicators[3].Actual!.Text));
    }

    [Fact]
    public void Label_text_wrapped_onto_a_second_line_under_spanning_values_joins_the_row_above()
    {
        // A PDF row whose name and level wrapped: the values span both lines, the second line holds the rest of the labels.
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出\t数量指标\t卫片执\t=72890元\t72890\t10\t9",
            "指标\t^\t法补助经费\t^\t^\t^\t^",
            "产出指标\t质量指标\t项目验收合格率\t100%\t100%\t20\t19").Single();
        Assert.Equal(["卫片执法补助经费", "项目验收合格率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", 9.0), (project.Indicators[0].Level1, project.Indicators[0].Score!.Value));
    }

    [Fact]
    public void A_qualitative_row_under_spanning_level_cells_is_not_a_wrapped_line()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t质量指标\t验收合格率\t100%\t100%\t10\t10",
            "^\t^\t制度健全性\t健全\t健全\t10\t10").Single();
        Assert.Equal(["验收合格率", "制度健全性"], project.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_table_split_by_a_page_marker_goes_on_under_the_header_of_its_first_part()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值", "产出指标\t数量指标\t储备粮到位率\t100%\t100%")
            .Para("2、")
            .Table("效益指标\t社会效益指标\t粮食安全事件发生数\t0起\t0起")
            .Para("说明：无")
            .Table("序号\t单位\t金额", "1\t某局\t20").Single();
        Assert.Equal(["储备粮到位率", "粮食安全事件发生数"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("效益指标", "社会效益指标"), (project.Indicators[1].Level1, project.Indicators[1].Level2));
    }

    [Fact]
    public void A_scoring_method_column_named_after_the_score_is_not_the_score()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t分值\t年度指标值(A)\t全年实际值(B)\t得分计算方法\t得分\t未完成原因分析",
            "产出指标(50分)\t数量指标\t清扫保洁道路条数\t12.5\t20条\t20条\t完成值达到指标值，记满分\t12.5\t").Single();
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal((12.5, 12.5, 20.0), (indicator.Weight!.Value, indicator.Score!.Value, indicator.Actual!.Value!.Value));
    }

    [Fact]
    public void Forms_that_write_goal_for_indicator_align_by_their_level_labels_too()
    {
        var project = TextDocument(
            "一级目标\t二级目标\t三级目标\t指标目标值",
            "产出目标\t数量目标\t热线受理量\t≥100万件",
            "质量目标\t话务接通率\t≥90%",
            "效果目标\t服务对象满意度目标\t市民满意度\t≥85%");
        Assert.Equal(["热线受理量", "话务接通率", "市民满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出目标", "质量目标"), (project.Indicators[1].Level1, project.Indicators[1].Level2));
        Assert.Equal(85, project.Indicators[2].Target!.Value);
    }

    [Fact]
    public void A_table_whose_header_is_not_in_the_excerpt_is_read_from_its_framework_level_labels()
    {
        var project = new Docs().Para("（续表）")
            .Table("产出指标\t数量指标\t受理来电量\t≥100万件\t120万件\t20\t20",
                   "^\t质量指标\t话务接通率\t≥90%\t93%\t20\t18",
                   "总分\t\t\t\t\t100\t95",
                   "序号\t事项\t金额\t备注\t\t\t").Single();
        Assert.Equal(["受理来电量", "话务接通率"], project.Indicators.Select(i => i.Name));
        var answered = project.Indicators[1];
        Assert.Equal(("产出指标", "质量指标", 90.0, 93.0, 20.0, 18.0),
            (answered.Level1, answered.Level2, answered.Target!.Value!.Value, answered.Actual!.Value!.Value, answered.Weight!.Value, answered.Score!.Value));
    }

    [Fact]
    public void Direction_columns_followed_by_place_columns_give_the_first_place_value_as_target()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t指标解释\t指标方向\t甲街道\t乙镇",
            "产出指标\t数量指标\t开展修复工程(个)\t反映修复项目开展情况\t≥\t1\t1").Single();
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal((">=", 1.0), (indicator.Target!.Op, indicator.Target.Value!.Value));
    }

    [Fact]
    public void Pinyin_readings_printed_after_characters_are_not_part_of_names()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产(chǎn)出指标(biāo)\t质量指标(biāo)\t项(xiàng)目验(yàn)收合格率\t100%\t100%").Single();
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal(("产出指标", "质量指标", "项目验收合格率"), (indicator.Level1, indicator.Level2, indicator.Name));
    }

    [Fact]
    public void Actuals_that_say_the_target_was_reached_in_words_are_met()
    {
        var project = new Docs().Table(
            NationalHeader,
            "产出指标\t质量指标\t经费支出合规性\t严格执行相关制度规定\t达成预期指标\t8\t8\t",
            "^\t时效指标\t宣传次数\t至少全年完成2次宣传\t已完成100%\t8\t8\t",
            "^\t^\t整改完成情况\t全部整改\t未完成\t8\t4\t").Single();
        Assert.Equal([true, true, null], project.Indicators.Select(i => i.Met));
    }

    [Fact]
    public void A_dash_that_text_recognition_read_as_one_is_an_empty_value_cell()
    {
        var project = new Docs().Para("项目支出绩效自评表").Table(
            NationalHeader,
            "产出指标\t数量指标\t举办培训场次\t一\t12场\t10\t10\t",
            "^\t质量指标\t设备完好率\t≥95%\t一一\t10\t8\t").Single();
        Assert.Null(project.Indicators[0].Target);
        Assert.Equal(12, project.Indicators[0].Actual!.Value);
        Assert.Equal(95, project.Indicators[1].Target!.Value);
        Assert.Null(project.Indicators[1].Actual);
    }

    private static ProjectRecord TextDocument(params string[] lines)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.txt");
        File.WriteAllText(path, "项目支出绩效自评表\n" + string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        var document = new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, ParseLimits.Default));
        return Assert.Single(RuleBasedExtractor.Default.Extract(document, "sha").Projects);
    }
}

public sealed class ProseIndicatorTests
{
    [Fact]
    public void A_labelled_indicator_line_gives_name_target_and_actual()
    {
        var project = new Docs().Para("某市12345热线2023年绩效自评报告")
            .Para("指标：话务接通率，目标值≥90%，实际完成值93.2%")
            .Para("指标名称：群众满意度；年度指标值：95%；实际值：97.1%；分值：10；得分：10").Single();
        var answered = project.Indicators.Single(i => i.Name == "话务接通率");
        Assert.Equal((">=", 90.0, 93.2), (answered.Target!.Op, answered.Target.Value!.Value, answered.Actual!.Value!.Value));
        Assert.True(answered.Met);
        var satisfaction = project.Indicators.Single(i => i.Name == "群众满意度");
        Assert.Equal((95.0, 97.1, 10.0), (satisfaction.Target!.Value!.Value, satisfaction.Actual!.Value!.Value, satisfaction.Score!.Value));
    }

    [Fact]
    public void Goal_sentences_with_comparator_words_between_name_and_value_give_targets()
    {
        var project = new Docs().Para("某市12345热线服务外包项目绩效评价报告")
            .Para("项目绩效目标：人员年流失率不高于20%，确保全年话务接通率90%以上。")
            .Para("经评价，全年话务接通率均值达到91.27%，人员年流失率为15%。").Single();
        var turnover = project.Indicators.Single(i => i.Name == "人员年流失率");
        Assert.Equal(("<=", 20.0), (turnover.Target!.Op, turnover.Target.Value!.Value));
        Assert.Equal(15, turnover.Actual!.Value);
        Assert.True(turnover.Met);
        var answered = project.Indicators.Single(i => i.Name == "话务接通率");
        Assert.Equal((">=", 90.0, 91.27), (answered.Target!.Op, answered.Target.Value!.Value, answered.Actual!.Value!.Value));
    }

    [Fact]
    public void A_prose_self_evaluation_states_measured_rates_as_indicators_but_not_the_rates_of_its_money()
    {
        var project = new Docs().Para("某镇污水管网改造项目绩效自评报告")
            .Para("下达资金80万元，资金到位率100%，支付率96%。")
            .Para("项目新建管网3.2公里，竣工验收合格率100%，农户接入率达92.5%。").Single();
        Assert.Equal(["竣工验收合格率", "农户接入率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(92.5, project.Indicators[1].Actual!.Value);
        Assert.All(project.Indicators, i => Assert.Null(i.Target));
    }

    [Fact]
    public void A_target_notice_lists_indicators_in_prose_under_level_labels_with_template_hints_dropped()
    {
        var project = new Docs().Para("某村光伏帮扶项目绩效目标表")
            .Para("一、产出指标")
            .Para("数量指标：★补助光伏设施建设，光伏板安装数量(≥**块)≥240块；设施验收合格率(≥**%)>=95；时效指标：完成及时率(≥**%)≥100%。")
            .Para("效益指标：经济效益指标：村集体年增收(≥**万元)≥6万元；生态效益指标：减少燃煤排放。")
            .Para("满意度指标：服务对象满意度指标，受益农户满意度(≥**%)≥90%。").Single();
        Assert.Equal(["光伏板安装数量", "设施验收合格率", "完成及时率", "村集体年增收", "减少燃煤排放", "受益农户满意度"],
            project.Indicators.Select(i => i.Name));
        var panels = project.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", ">=", 240.0), (panels.Level1, panels.Level2, panels.Target!.Op, panels.Target.Value!.Value));
        Assert.Equal(("效益指标", "经济效益指标"), (project.Indicators[3].Level1, project.Indicators[3].Level2));
        Assert.Equal("满意度指标", project.Indicators[5].Level1);
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    [Fact]
    public void Values_after_a_comparator_sign_in_a_levelled_list_are_targets_even_in_a_report_of_results()
    {
        var project = new Docs().Para("某乡镇饮水安全巩固提升项目绩效自评报告")
            .Para("数量指标：新建蓄水池≥12座；质量指标：水质检测合格率98%；")
            .Para("成本指标：每处工程补助≤3.5万元。").Single();
        var pools = project.Indicators.Single(i => i.Name == "新建蓄水池");
        Assert.Equal((">=", 12.0), (pools.Target!.Op, pools.Target.Value!.Value));
        Assert.Null(pools.Actual);
        Assert.Equal("<=", project.Indicators.Single(i => i.Name == "每处工程补助").Target!.Op);
        var water = project.Indicators.Single(i => i.Name == "水质检测合格率");
        Assert.Equal(98, water.Actual!.Value);
        Assert.Null(water.Target);
    }

    [Fact]
    public void A_prose_self_evaluation_under_level_labels_gives_each_indicator_what_was_done()
    {
        var project = new Docs().Para("某区桥梁维修工程项目2021年度绩效自评报告")
            .Para("数量指标：维修桥梁3座，已完成；")
            .Para("质量指标：确保桥梁通行安全，已完成；")
            .Para("一级指标包括产出指标与效益指标，其中产出指标下分数量指标、质量指标、时效指标、成本指标。").Single();
        Assert.Equal(["维修桥梁", "确保桥梁通行安全"], project.Indicators.Select(i => i.Name));
        Assert.Equal((3.0, "座"), (project.Indicators[0].Actual!.Value!.Value, project.Indicators[0].Actual!.Unit));
        Assert.Equal("已完成", project.Indicators[1].Actual!.Text);
    }

    [Fact]
    public void A_prose_item_with_labelled_values_is_one_indicator_named_by_its_first_item()
    {
        var project = new Docs().Para("某县冷链物流园项目2022年度绩效自评报告")
            .Para("数量指标：新建冷库及分拣中心等3个项目，年度指标值1200万元，实际支出1080万元，完成率90%。").Single();
        var built = Assert.Single(project.Indicators);
        Assert.Equal(("数量指标", "新建冷库及分拣中心等3个项目"), (built.Level2, built.Name));
        Assert.Equal((1200.0, 1080.0), (built.Target!.Value!.Value, built.Actual!.Value!.Value));
        Assert.False(built.Met);
    }

    [Fact]
    public void Goal_sentences_inside_table_cells_count_as_prose()
    {
        var project = new Docs().Para("某市热线项目绩效自评表")
            .Table("年度总体目标\t预期目标\t实际完成情况", "^\t确保话务接通率90%以上\t话务接通率92.5%").Single();
        var answered = Assert.Single(project.Indicators);
        Assert.Equal((90.0, 92.5), (answered.Target!.Value!.Value, answered.Actual!.Value!.Value));
    }

    [Fact]
    public void Indicator_like_text_that_gives_no_indicator_is_a_warning()
    {
        var project = new Docs().Para("某市12345热线2023年绩效自评报告")
            .Para("绩效指标完成情况：各项指标总体完成，话务接通率约93.2%，详见附表。")
            .Para("2023年项目下达预算指标为682万元，实际支出671.3万元，约占预算指标的98.4%。").Single();
        Assert.Empty(project.Indicators);
        var warning = Assert.Single(project.Warnings, w => w.StartsWith("indicator-like text not read", StringComparison.Ordinal));
        Assert.Contains("话务接通率约93.2%", warning);
    }

    [Fact]
    public void A_long_line_full_of_指标_without_a_measure_is_checked_in_linear_time()
    {
        // A guard against a hang, not a speed figure: "指标.*measure" tried from every 指标 of a 160,000-character
        // glued line took 20 s; searched once from the line's first 指标 it takes a fraction of a second.
        var line = string.Concat(Enumerable.Repeat("各项指标均按计划推进，", 20_000));
        var project = HangGuard.Within(TimeSpan.FromSeconds(30), () => new Docs().Para("某县项目绩效自评报告").Para(line).Single());
        Assert.Empty(project.Indicators);
    }
}

public sealed class OcrComparatorTests
{
    [Theory]
    [InlineData("290%", "93%", "≥90%")]
    [InlineData("三20000亩", "20000亩", "≥20000亩")]
    [InlineData("2300户", "300户", "≥300户")]
    [InlineData("25%", "30%", "25%")]
    [InlineData("2300户", "2400户", "2300户")]
    [InlineData("200%", "210%", "200%")]
    public void A_comparator_read_as_a_character_is_put_back_only_where_the_row_proves_it(string target, string actual, string repaired) =>
        Assert.Equal(repaired, Indicators.OcrComparators.RepairTarget(target, actual));
}
