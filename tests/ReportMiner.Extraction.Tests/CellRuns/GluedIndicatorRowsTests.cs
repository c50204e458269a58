using ReportMiner.Extraction.CellRuns;
using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A 自评表 whose indicator table a document site glued into one paragraph (R012, R090, R194 of the real corpus; R058
/// and R138 glue theirs the same way): a row whose target and actual are one figure repeated ("100%100%") cuts itself,
/// and the framework's level labels before the name give its levels.
/// </summary>
public sealed class GluedIndicatorRowsTests
{
    private const string Header = "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因";

    [Fact]
    public void A_doubled_figure_after_a_name_is_that_rows_target_and_actual()
    {
        var rows = GluedIndicatorRows.TableOf(Header + "产出指标数量指标道路养 护里程达标率100%100%维修 桥梁数量12座12座质量指标验收合格率98%98%");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值"], rows[0]);
        Assert.Equal(["产出指标", "数量指标", "道路养护里程达标率", "100%", "100%"], rows[1]);
        Assert.Equal(["产出指标", "数量指标", "维修桥梁数量", "12座", "12座"], rows[2]);
        Assert.Equal(["产出指标", "质量指标", "验收合格率", "98%", "98%"], rows[3]);
    }

    [Fact]
    public void Points_before_the_doubled_figure_and_the_score_after_it_are_cut_off_the_names()
    {
        var rows = GluedIndicatorRows.TableOf("一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(50分)数量指标新建 蓄水池1030个30个10改造渠道620公里20公里6");
        Assert.Equal(["产出指标", "数量指标", "新建蓄水池", "10", "30个", "30个", "10"], rows[1]);
        Assert.Equal(["产出指标", "数量指标", "改造渠道", "6", "20公里", "20公里", "6"], rows[2]);
    }

    [Fact]
    public void Points_and_score_glued_after_the_doubled_figure_are_cut_where_the_score_is_no_more_than_the_points()
    {
        var rows = GluedIndicatorRows.TableOf("一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析产出指标数量指标新建 蓄水池30个30个1510"
            + "改造渠道20公里20公里1010质量指标验收合格率98%98%2020");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分"], rows[0]);
        Assert.Equal(["产出指标", "数量指标", "新建蓄水池", "30个", "30个", "15", "10"], rows[1]);
        Assert.Equal(["产出指标", "数量指标", "改造渠道", "20公里", "20公里", "10", "10"], rows[2]);
        Assert.Equal(["产出指标", "质量指标", "验收合格率", "98%", "98%", "20", "20"], rows[3]);
    }

    [Fact]
    public void Glued_points_and_score_that_no_single_cut_explains_stay_in_the_text()
    {
        // "20": 2 points scored 0, or 20 points not yet scored; "1203": no cut keeps the score within the points.
        var rows = GluedIndicatorRows.TableOf("一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标新建蓄水池30个30个20"
            + "改造渠道20公里20公里1203验收合格率98%98%");
        Assert.Equal(["", ""], rows[1][^2..]);
        Assert.Equal(["", ""], rows[2][^2..]);
    }

    [Fact]
    public void A_cost_label_standing_alone_under_the_output_level_is_that_rows_level_two()
    {
        var rows = GluedIndicatorRows.TableOf(Header + "产出指标时效指标资金拨付及时率100%100%成本指标 设备采购单价执行率100%100%"
                                              + "效益指标社会效益指标受益群众人数500人500人");
        Assert.Equal(["产出指标", "成本指标", "设备采购单价执行率", "100%", "100%"], rows[2]);
        Assert.Equal(["效益指标", "社会效益指标", "受益群众人数", "500人", "500人"], rows[3]);
    }

    [Fact]
    public void A_cost_label_followed_by_its_own_level_two_label_is_a_level_one()
    {
        var rows = GluedIndicatorRows.TableOf(Header + "产出指标数量指标培训班次12期12期成本指标经济成本指标人均培训成本300元300元");
        Assert.Equal(["成本指标", "经济成本指标", "人均培训成本", "300元", "300元"], rows[2]);
    }

    [Fact]
    public void Two_differing_figures_of_one_unit_end_a_row_as_its_target_and_actual_when_no_points_column_precedes_them()
    {
        var rows = GluedIndicatorRows.TableOf(Header + "产出指标数量指标培训人次200人次180人次完成率100%100%满意度指标服务对象满意度指标群众满意度90%95%");
        Assert.Equal(4, rows.Count);
        Assert.Equal(["产出指标", "数量指标", "培训人次", "200人次", "180人次"], rows[1]);
        Assert.Equal(["产出指标", "数量指标", "完成率", "100%", "100%"], rows[2]);
        Assert.Equal(["满意度指标", "服务对象满意度指标", "群众满意度", "90%", "95%"], rows[3]);
    }

    [Fact]
    public void With_a_points_column_a_name_that_holds_another_rows_differing_target_and_actual_is_left_out()
    {
        // "培训人次10200人次180人次": 10 points and 200, or 1 point and 0200 — no pair vouches for the cut.
        var rows = GluedIndicatorRows.TableOf("一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标数量指标培训人次10200人次180人次8"
                                              + "完成率10100%100%10质量指标合格率598%98%5");
        Assert.Equal(2, rows.Count);
        Assert.Equal("合格率", rows[1][2]);
    }

    [Fact]
    public void Digits_before_a_doubled_figure_without_a_points_column_leave_the_row_out()
    {
        var rows = GluedIndicatorRows.TableOf(Header + "满意度指标服务对象满意度指标满意度调查290%90%问卷回收率95%95%");
        Assert.Equal(2, rows.Count);
        Assert.Equal("问卷回收率", rows[1][2]);
    }

    [Fact]
    public void A_written_value_said_twice_before_the_next_level_label_or_the_rows_points_is_that_rows_target_and_actual()
    {
        var rows = GluedIndicatorRows.TableOf(Header + "产出指标质量指标路面平整 度达标达标10数量指标养护里程120公里120公里"
                                              + "效益指标可持续影响指标设施维护长效性好好满意度指标服务对象满意度指标群众满意度95%95%");
        Assert.Equal(["产出指标", "质量指标", "路面平整度", "达标", "达标"], rows[1]);
        Assert.Equal(["效益指标", "可持续影响指标", "设施维护长效性", "好", "好"], rows[3]);
        Assert.Equal(5, rows.Count);
    }

    [Fact]
    public void A_repeated_character_inside_a_name_and_an_empty_slot_after_a_level_label_are_no_values()
    {
        var rows = GluedIndicatorRows.TableOf(Header + "效益指标社会效益指标人人知晓宣传覆盖率90%90%产出指标质量指标指标1:指标2:时效指标按时完成率100%100%");
        Assert.Equal(3, rows.Count);
        Assert.Equal("人人知晓宣传覆盖率", rows[1][2]);
        Assert.Equal("按时完成率", rows[2][2]);
    }

    [Fact]
    public void A_glued_header_is_read_with_the_shared_header_words_not_a_list_of_its_own()
    {
        // 绩效内容 names the indicators, 权数 the points and 自评分 the score only in Data/header-phrases.tsv.
        var rows = GluedIndicatorRows.TableOf("一级指标二级指标绩效内容权数年度目标值实际完成自评分产出指标数量指标新建蓄水池1030个30个10");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"], rows[0]);
        Assert.Equal(["产出指标", "数量指标", "新建蓄水池", "10", "30个", "30个", "10"], rows[1]);
    }

    [Fact]
    public void A_glued_header_may_keep_the_spaces_of_its_wrapped_cells()
    {
        var rows = GluedIndicatorRows.TableOf("绩 效 指 标一级 指标二级 指标指标名称年度指标 值全年 完成值产出指标数量指标维修桥梁数量12座12座");
        Assert.Equal(["产出指标", "数量指标", "维修桥梁数量", "12座", "12座"], rows[1]);
    }

    [Fact]
    public void An_indicator_word_after_no_level_word_opens_no_glued_table()
    {
        // "绩效指标" heads a side label, not the indicator column: without a level column before it, no header.
        Assert.Empty(GluedIndicatorRows.TableOf("绩效指标年度指标值全年实际值产出指标数量指标维修桥梁数量12座12座"));
    }

    [Fact]
    public void A_paragraph_without_an_indicator_header_is_left_as_it_is()
    {
        Assert.Empty(GluedIndicatorRows.TableOf("本年度完成率100%100%,数量指标全部达成"));
    }

    [Fact]
    public void A_flattened_self_evaluation_gives_its_glued_indicators()
    {
        var project = new Docs()
            .Para("2021年度项目支出绩效自评表")
            .Para("项目名称乡村公路养护主管部门某县交通运输局" + Header + "产出指标数量指标道路养护里程达标率100%100%效益指标社会效益指标群众出行满意度95%95%")
            .Single();
        var indicators = project.Indicators.Where(i => i.Target?.Text is "100%" or "95%").ToList();
        Assert.True(indicators.Count == 2, string.Join(" | ", project.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}/{i.Target?.Text}/{i.Actual?.Text}")));
        Assert.Equal("道路养护里程达标率", indicators[0].Name);
        Assert.Equal("社会效益指标", indicators[1].Level2);
        Assert.Equal("95%", indicators[1].Actual?.Text);
    }

    [Fact]
    public void A_paragraph_of_twenty_thousand_digits_under_the_header_is_read_in_linear_time()
    {
        // A hang guard with a generous bound, not a speed figure: a figure pattern without a digit limit backtracks
        // over the whole run at every position.
        var rows = HangGuard.Within(TimeSpan.FromSeconds(30), () => GluedIndicatorRows.TableOf(Header + "产出指标数量指标" + new string('1', 19_000) + "人"));
        Assert.Empty(rows);
    }
}
