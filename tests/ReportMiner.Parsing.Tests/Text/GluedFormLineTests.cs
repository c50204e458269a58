using System.Diagnostics;

namespace ReportMiner.Parsing.Tests.Text;

/// <summary>A page's text that kept a form's row breaks but lost every separator between its cells.</summary>
public sealed class GluedFormLineTests
{
    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    private static ReportMiner.Documents.Model.Table SingleTable(params string[] lines) => Assert.Single(TextParsing.Parse(Lines(lines)).Tables);

    private static string[] Filled(ReportMiner.Documents.Model.Table table, int row) => [.. table.RowTexts(row).Where(t => t.Length > 0)];

    [Fact]
    public void Rows_under_a_glued_header_are_cut_at_level_labels_and_the_trailing_figure()
    {
        var table = SingleTable(
            "某区2021年项目绩效目标表",
            "绩效指标一级指标二级指标指标内容指标值",
            "产出指标数量指标新建村级活动场所3个",
            "时效指标项目按期完工率100%",
            "满意度指标服务对象满意度指标村民满意度≥95%");
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "指标内容", "指标值"], Filled(table, 0));
        Assert.Equal(["产出指标", "数量指标", "新建村级活动场所", "3个"], Filled(table, 1));
        Assert.Contains("项目按期完工率", Filled(table, 2));
        Assert.Contains("100%", Filled(table, 2));
        Assert.Equal(["满意度指标", "服务对象满意度指标", "村民满意度", "≥95%"], Filled(table, 3));
    }

    [Fact]
    public void A_target_and_an_actual_glued_together_become_the_two_columns_the_header_names()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值实际完成值",
            "产出指标数量指标培训人次≥120人次125人次",
            "质量指标培训合格率90%96%");
        Assert.Equal(["产出指标", "数量指标", "培训人次", "≥120人次", "125人次"], Filled(table, 1));
        Assert.Equal(["质量指标", "培训合格率", "90%", "96%"], Filled(table, 2));
    }

    [Fact]
    public void A_written_value_said_twice_at_the_end_of_a_row_is_its_target_and_its_actual()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值全年完成值",
            "产出指标质量指标验收合格率100%100%",
            "效益指标社会效益指标群众出行条件明显改善明显改善");
        Assert.Equal(["效益指标", "社会效益指标", "群众出行条件", "明显改善", "明显改善"], Filled(table, 2));
    }

    [Fact]
    public void A_level_label_the_row_repeats_after_its_two_levels_is_not_read_as_a_cell()
    {
        var table = SingleTable(
            "绩效指标一级指标二级指标三级指标年度指标值全年完成值",
            "产出指标数量指标数量指标培训人次120人次125人次",
            "满意度指标满意度指标学员满意度≥90%95%");
        Assert.Equal(["产出指标", "数量指标", "培训人次", "120人次", "125人次"], Filled(table, 1));
        Assert.Equal(["满意度指标", "满意度指标", "学员满意度", "≥90%", "95%"], Filled(table, 2));
    }

    [Fact]
    public void A_two_character_comparator_stays_with_the_target_it_opens()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标指标值",
            "产出指标数量指标旅游景点开发数量(≥**个)>=4个",
            "质量指标工程验收合格率<=98%");
        Assert.Equal(["产出指标", "数量指标", "旅游景点开发数量(≥**个)", ">=4个"], Filled(table, 1));
        Assert.Equal(["质量指标", "工程验收合格率", "<=98%"], Filled(table, 2));
    }

    [Fact]
    public void A_rate_unit_ends_the_figure_before_the_points_after_it()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标指标值分值",
            "产出指标成本指标检查差旅费470人/天2",
            "成本指标景观建设成本≤2875元/个5");
        Assert.Equal(["产出指标", "成本指标", "检查差旅费", "470人/天", "2"], Filled(table, 1));
        Assert.Equal(["成本指标", "景观建设成本", "≤2875元/个", "5"], Filled(table, 2));
    }

    [Fact]
    public void Points_and_score_after_a_written_value_said_twice_are_cut_from_it()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值实际完成值分值得分",
            "产出指标质量指标服装质量合格合格2018",
            "时效指标完成及时率100%100%1010");
        Assert.Equal(["产出指标", "质量指标", "服装质量", "合格", "合格", "20", "18"], Filled(table, 1));
    }

    [Fact]
    public void Points_after_a_written_value_said_twice_stand_in_the_one_column_after_the_values()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值实际完成值分值",
            "产出指标质量指标人员培训已完成已完成5",
            "违法案件查办率100%100%4");
        Assert.Equal(["产出指标", "质量指标", "人员培训", "已完成", "已完成", "5"], Filled(table, 1));
    }

    [Fact]
    public void A_one_character_value_said_twice_is_the_target_and_the_actual()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值全年完成值",
            "产出指标成本指标种薯采购价格不高于市场价是是",
            "效益指标可持续影响指标设备维护及安全性高高");
        Assert.Equal(["产出指标", "成本指标", "种薯采购价格不高于市场价", "是", "是"], Filled(table, 1));
        Assert.Equal(["效益指标", "可持续影响指标", "设备维护及安全性", "高", "高"], Filled(table, 2));
    }

    [Fact]
    public void A_date_at_the_end_of_a_row_is_not_cut_as_a_figure()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标指标值",
            "产出指标时效指标完工时间2021年12月",
            "成本指标建设成本45万元");
        Assert.Equal(["产出指标", "时效指标", "完工时间2021年12月"], Filled(table, 1));
        Assert.Equal(["成本指标", "建设成本", "45万元"], Filled(table, 2));
    }

    [Fact]
    public void Identity_lines_of_a_glued_form_are_cut_at_their_form_labels()
    {
        var document = TextParsing.Parse(Lines(
            "项目名称乡村道路养护经费",
            "项目主管部门某县交通运输局项目执行单位某县公路中心",
            "一级指标二级指标三级指标指标值",
            "产出指标数量指标养护里程120公里"));
        var identity = document.Tables.First();
        Assert.Equal(["项目名称", "乡村道路养护经费"], Filled(identity, 0));
        Assert.Equal(["项目主管部门", "某县交通运输局", "项目执行单位", "某县公路中心"], Filled(identity, 1));
    }

    [Fact]
    public void Without_a_glued_header_a_line_that_opens_with_a_form_label_stays_as_it_is()
    {
        var document = TextParsing.Parse(Lines("项目名称乡村道路养护经费", "项目单位某县公路中心", "本项目年度目标已全部完成。"));
        Assert.Empty(document.Tables);
        Assert.Equal(["项目名称乡村道路养护经费", "项目单位某县公路中心", "本项目年度目标已全部完成。"], document.Paragraphs.Select(p => p.Text).ToList());
    }

    [Fact]
    public void Header_words_with_separators_between_them_are_left_to_the_table_readers()
    {
        var document = TextParsing.Parse(Lines("一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 养护里程 120公里"));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains('\t'));
        Assert.All(document.Tables.SelectMany(t => t.Cells), c => Assert.DoesNotContain("指标二级", c.Text));
    }

    [Fact]
    public void A_prose_line_ends_the_glued_rows()
    {
        var document = TextParsing.Parse(Lines(
            "一级指标二级指标三级指标指标值",
            "产出指标数量指标养护里程120公里",
            "本项目由县公路中心负责实施，资金已全部拨付。"));
        var table = Assert.Single(document.Tables);
        Assert.Equal(2, table.RowCount);
        Assert.Contains("本项目由县公路中心负责实施，资金已全部拨付。", document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_sentence_that_opens_with_a_level_label_after_the_rows_stays_prose()
    {
        var document = TextParsing.Parse(Lines(
            "一级指标二级指标三级指标指标值",
            "产出指标数量指标养护里程120公里",
            "产出指标全部完成，养护里程达到120公里。",
            "项目单位高度重视"));
        var table = Assert.Single(document.Tables);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(["产出指标全部完成，养护里程达到120公里。", "项目单位高度重视"], document.Paragraphs.Select(p => p.Text).ToList());
    }

    [Fact]
    public void A_second_glued_header_opens_a_table_of_its_own()
    {
        var document = TextParsing.Parse(Lines(
            "一级指标二级指标三级指标指标值",
            "产出指标数量指标养护里程120公里",
            "一级指标二级指标三级指标年度指标值实际完成值",
            "产出指标数量指标培训人次≥120人次125人次"));
        Assert.All(document.Tables, t => Assert.Contains(t.Cells, c => c.Text == "一级指标"));
        var rows = document.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(r => Filled(t, r))).ToList();
        Assert.Contains(rows, r => r.SequenceEqual(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]));
        Assert.Contains(rows, r => r.SequenceEqual(["产出指标", "数量指标", "培训人次", "≥120人次", "125人次"]));
    }

    [Fact]
    public void Cells_that_keep_the_spaces_of_their_wrapped_words_are_still_a_glued_table()
    {
        var table = SingleTable(
            "绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值",
            "产 出 指 标数量 指标培训人次120人次125人次",
            "质量指标成 品粮储备到位率100%100%");
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值"], Filled(table, 0));
        Assert.Equal(["产出指标", "数量指标", "培训人次", "120人次", "125人次"], Filled(table, 1));
        Assert.Equal(["质量指标", "成品粮储备到位率", "100%", "100%"], Filled(table, 2));
    }

    [Fact]
    public void A_header_with_a_space_between_every_cell_is_no_glued_header()
    {
        var document = TextParsing.Parse(Lines(
            "一级指标 二级指标 三级指标 年度指标值 实际完成值",
            "产出指标数量指标培训人次≥120人次125人次"));
        Assert.DoesNotContain(document.Tables.SelectMany(t => t.Cells), c => c.Text == "≥120人次");
    }

    [Fact]
    public void A_space_beside_a_figure_parts_cells_and_leaves_the_row_uncut()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值实际完成值",
            "产出指标数量指标培训人次120人次125人次",
            "质量指标培训合格率 90% 96%");
        Assert.Equal(2, table.RowCount);
    }

    [Fact]
    public void Points_and_score_glued_into_one_run_of_digits_are_cut_where_one_cut_alone_reads_as_both()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值实际完成值分值得分",
            "产出指标数量指标预算执行率100%83.5%2018",
            "质量指标演出场次50场50场1010");
        Assert.Equal(["产出指标", "数量指标", "预算执行率", "100%", "83.5%", "20", "18"], Filled(table, 1));
        Assert.Equal(["质量指标", "演出场次", "50场", "50场", "10", "10"], Filled(table, 2));
    }

    [Fact]
    public void An_actual_without_its_unit_glued_to_the_points_is_cut_where_it_repeats_the_target()
    {
        var table = SingleTable(
            "一级指标二级指标三级指标年度指标值实际完成值分值得分",
            "产出指标数量指标补助村数量=8个888",
            "质量指标补助发放率100%100%1010");
        Assert.Equal(["产出指标", "数量指标", "补助村数量", "=8个", "8", "8", "8"], Filled(table, 1));
    }

    [Fact]
    public void A_side_label_with_its_points_before_a_glued_header_is_no_column_of_it()
    {
        var table = SingleTable(
            "年度绩效目标 (80分)一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分",
            "产出指标数量指标示范区建立≧20000亩20000亩15.0",
            "质量指标配方肥到位率≧80%85.6%10.0");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"], Filled(table, 0));
        Assert.Equal(["产出指标", "数量指标", "示范区建立", "≧20000亩", "20000亩", "15.0"], Filled(table, 1));
    }

    [Fact]
    public void Blank_lines_and_a_level_label_alone_between_glued_rows_do_not_end_the_table()
    {
        var document = TextParsing.Parse(Lines(
            "一级指标二级指标三级指标年度指标值实际完成值",
            "产出指标数量指标培训人次120人次125人次",
            "",
            "质量指标培训合格率90%96%",
            "",
            "时效指标",
            "",
            "",
            "成本指标培训成本15万元14万元"));
        var rows = document.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(r => Filled(t, r))).ToList();
        Assert.Contains(rows, r => r.SequenceEqual(["质量指标", "培训合格率", "90%", "96%"]));
        Assert.Contains(rows, r => r.SequenceEqual(["成本指标", "培训成本", "15万元", "14万元"]));
    }

    [Fact]
    public void Points_glued_before_a_figure_said_twice_are_cut_where_the_repeat_starts()
    {
        var table = SingleTable(
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分",
            "产出指标(40分)数量指标免费发放原原种8550万粒550万粒8",
            "质量指标种薯合格率10≥95%95%10",
            "一级种薯繁育基地88000亩8535.5亩");
        Assert.Equal(["产出指标(40分)", "数量指标", "免费发放原原种", "8", "550万粒", "550万粒", "8"], Filled(table, 1));
        Assert.Equal(["质量指标", "种薯合格率", "10", "≥95%", "95%", "10"], Filled(table, 2));
        Assert.DoesNotContain("8", Filled(table, 3));
    }

    [Fact]
    public void Points_of_two_digits_before_a_figure_that_may_start_with_their_last_digit_are_not_cut_as_a_repeat()
    {
        var table = SingleTable(
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分",
            "质量指标学员投诉率510%0%5",
            "时效指标培训完成及时率10100%100%10");
        Assert.DoesNotContain("51", Filled(table, 1));
        Assert.Equal(["时效指标", "培训完成及时率", "10", "100%", "100%", "10"], Filled(table, 2));
    }

    [Fact]
    public void Full_width_digits_in_a_glued_row_are_cut_as_the_figures_they_are()
    {
        var table = SingleTable(
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分",
            "产出指标数量指标培训人次１０≥１２０人次１２５人次１０");
        Assert.Equal(["产出指标", "数量指标", "培训人次", "10", "≥120人次", "125人次", "10"], Filled(table, 1));
    }

    [Theory]
    [InlineData("产出指标数量指标培训人次١٠≥١٢٠人次١٢٥人次١٠")]
    [InlineData("产出指标数量指标培训人次\U0001D7CF\U0001D7CE≥\U0001D7CF\U0001D7D0\U0001D7CE人次\U0001D7CF\U0001D7D0\U0001D7D3人次\U0001D7CF\U0001D7CE")]
    public void Digits_of_another_script_in_a_glued_row_are_cut_as_the_ascii_figures_they_are(string row)
    {
        var table = SingleTable("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分", row);
        Assert.Equal(["产出指标", "数量指标", "培训人次", "10", "≥120人次", "125人次", "10"], Filled(table, 1));
    }

    [Fact]
    public void A_blank_line_right_under_a_glued_header_ends_its_table()
    {
        var document = TextParsing.Parse(Lines(
            "一级指标二级指标三级指标价值得分",
            "",
            "项目决策(25分)绩效目标(6分)目标内容22",
            "",
            "进度计划22"));
        Assert.DoesNotContain(document.Tables.SelectMany(t => t.Cells), c => c.Text == "目标内容" || c.Text == "22");
    }

    [Fact]
    public void A_glued_total_row_is_left_as_written()
    {
        var document = TextParsing.Parse(Lines(
            "绩效指标(90分)一级指标二级指标三级指标指标值完成值权重得分",
            "产出指标数量指标发放覆盖率=100%100%60",
            "效益指标社会效益指标足额保障率=100%100%30",
            "合计100"));
        Assert.DoesNotContain(document.Tables.SelectMany(t => t.Cells), c => c.Text == "合计");
        Assert.Contains(document.Paragraphs, p => p.Text == "合计100");
    }

    [Fact]
    public void A_glued_total_row_opened_by_any_word_the_footers_read_as_a_total_is_left_as_written()
    {
        var document = TextParsing.Parse(Lines(
            "一级指标二级指标三级指标年度指标值实际完成值分值得分",
            "产出指标数量指标发放覆盖率100%100%6060",
            "自评总分10095"));
        Assert.DoesNotContain(document.Tables.SelectMany(t => t.Cells), c => c.Text.StartsWith("自评总分", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text == "自评总分10095");
    }

    // A guard against a runaway (a backtracking or quadratic reader takes minutes on 100,000 glued characters), not a
    // speed figure: the bound is far above the few hundred milliseconds this takes, so a busy CI machine cannot fail it.
    [Fact]
    public void Long_glued_text_is_read_without_a_runaway()
    {
        var glued = string.Concat(Enumerable.Repeat("一级指标二级指标三级指标指标值产出指标数量指标养护里程120公里", 4_000))[..100_000];
        var rows = string.Join('\n', Enumerable.Repeat("产出指标数量指标养护里程120公里", 5_000));
        var clock = Stopwatch.StartNew();
        TextParsing.Parse(glued + "\n一级指标二级指标三级指标指标值\n" + rows + "\n");
        Assert.True(clock.ElapsedMilliseconds < 15_000, $"took {clock.ElapsedMilliseconds} ms");
    }
}
