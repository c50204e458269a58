using ReportMiner.Extraction.CellRuns;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A scored table a document site glued into one paragraph whose rows write a text between their points and their
/// score (R218's 评分表: name, 分值, scoring rule, 得分; R058's 自评表: name, points, a written target and result, score;
/// R090 writes some rows so): the figures cut the rows, in one paragraph or one row a line under the header.
/// </summary>
public sealed class GluedScoreRowsTests
{
    private const string ScoreSheet = "一级指标二级指标三级指标分值评分标准得分";

    [Fact]
    public void The_figures_of_a_glued_score_sheet_cut_each_row_into_its_name_points_rule_and_score()
    {
        var rows = GluedScoreRows.TableOf(ScoreSheet + "项目决策(20分)项目立项立项依据充分性6立项符合规划要求得满分6程序规范性4按规定程序申报得满分3"
                                          + "项目管理(30分)资金管理资金到位率10足额到位得满分8");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"], rows[0]);
        Assert.Equal(["项目决策", "项目立项", "立项依据充分性", "6", "立项符合规划要求得满分", "6"], rows[1]);
        Assert.Equal(["项目决策", "项目立项", "程序规范性", "4", "按规定程序申报得满分", "3"], rows[2]);
        Assert.Equal(["项目管理", "资金管理", "资金到位率", "10", "足额到位得满分", "8"], rows[3]);
    }

    [Fact]
    public void A_row_whose_text_holds_two_different_measured_values_is_left_out_and_the_rows_after_it_are_still_read()
    {
        var rows = GluedScoreRows.TableOf("一级指标二级指标三级指标参考分值年度指标值全年实际值得分"
                                          + "产出指标数量指标培训人数10500人480人9质量指标培训合格率5达标达标5"
                                          + "时效指标完成及时性5及时及时5效益指标社会效益指标群众知晓度8明显提高明显提高8");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"], rows[0]);
        Assert.Equal(["产出指标", "质量指标", "培训合格率", "5", "达标", "达标", "5"], rows[1]);
        Assert.Equal(["产出指标", "时效指标", "完成及时性", "5", "及时", "及时", "5"], rows[2]);
        Assert.Equal(["效益指标", "社会效益指标", "群众知晓度", "8", "明显提高", "明显提高", "8"], rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void A_measured_value_written_twice_is_the_target_and_the_result_and_the_digits_before_it_the_points()
    {
        // R058's page glues its scored rows so (保障人数102370人2370人…, 办公所需成本415万元15万元4), among rows of written
        // results; R090's and even's glued forms write their measured rows the same way.
        var rows = GluedScoreRows.TableOf("一级指标二级指标三级指标参考分值年度指标值全年实际值得分"
                                          + "产出指标数量指标培训人数10500人500人9质量指标培训合格率5达标达标5"
                                          + "时效指标完成时间52021年12月完成2021年12月完成4成本指标办公所需成本415万元15万元4"
                                          + "维修所需成本335万元35万元3");
        Assert.True(rows.Count == 6, string.Join(" | ", rows.Select(r => string.Join("/", r))));
        Assert.Equal(["产出指标", "数量指标", "培训人数", "10", "500人", "500人", "9"], rows[1]);
        Assert.Equal(["产出指标", "质量指标", "培训合格率", "5", "达标", "达标", "5"], rows[2]);
        Assert.Equal(["产出指标", "时效指标", "完成时间", "5", "2021年12月完成", "2021年12月完成", "4"], rows[3]);
        Assert.Equal(["办公所需成本", "4", "15万元", "15万元", "4"], rows[4][2..]);
        Assert.Equal(["维修所需成本", "3", "35万元", "35万元", "3"], rows[5][2..]);
    }

    [Fact]
    public void A_measured_row_whose_score_is_misread_keeps_its_value_and_a_blank_score_and_the_next_row_is_still_read()
    {
        var rows = GluedScoreRows.TableOf("一级指标二级指标三级指标参考分值年度指标值全年实际值得分"
                                          + "产出指标数量指标保障人数102370人2370人IO质量指标公用经费标准5符合要求符合要求5"
                                          + "时效指标完成及时性5及时及时5");
        Assert.True(rows.Count == 4, string.Join(" | ", rows.Select(r => string.Join("/", r))));
        Assert.Equal(["保障人数", "10", "2370人", "2370人", ""], rows[1][2..]);
        Assert.Equal(["产出指标", "质量指标", "公用经费标准", "5", "符合要求", "符合要求", "5"], rows[2]);
    }

    [Fact]
    public void Eight_thousand_measured_rows_on_one_line_of_two_hundred_thousand_characters_are_each_read_once()
    {
        // Each row is matched once where its points start and its value is at most 20 characters: the work grows with
        // the rows, so a line of 8,000 rows reads in the time of its length.
        var line = "一级指标二级指标三级指标参考分值年度指标值全年实际值得分" + string.Concat(Enumerable.Repeat("产出指标数量指标培训人数10500人500人9", 8_000));
        var rows = HangGuard.Within(TimeSpan.FromSeconds(30), () => GluedScoreRows.TableOf(line));
        Assert.Equal(8_001, rows.Count);
    }

    [Fact]
    public void A_measured_row_whose_score_is_above_its_points_makes_no_row()
    {
        var rows = GluedScoreRows.TableOf("一级指标二级指标三级指标参考分值年度指标值全年实际值得分"
                                          + "产出指标数量指标培训人数5500人500人9质量指标培训合格率5达标达标5"
                                          + "时效指标完成及时性5及时及时5效益指标社会效益指标群众知晓度8明显提高明显提高8");
        Assert.DoesNotContain(rows, r => r[2] == "培训人数");
    }

    [Fact]
    public void A_dash_read_as_one_before_a_result_is_an_unset_target_but_a_result_opening_with_a_word_of_one_keeps_it()
    {
        // R058's OCR read its unset targets' dashes as 一 (实施绩效监控有效性2一持续有效2).
        var rows = GluedScoreRows.TableOf("一级指标二级指标三级指标分值年度指标值全年实际值得分"
                                          + "项目管理(25分)项目实施实施绩效监控有效性2一持续有效2管理制度有效性6一严格执行6"
                                          + "效益指标满意度指标群众满意度10一致好评10");
        Assert.True(rows.Count == 4, string.Join(" | ", rows.Select(r => string.Join("/", r))));
        Assert.Equal(["实施绩效监控有效性", "2", "", "持续有效", "2"], rows[1][2..]);
        Assert.Equal(["群众满意度", "10", "", "一致好评", "10"], rows[3][2..]);
    }

    [Fact]
    public void A_score_above_the_points_makes_no_row()
    {
        var rows = GluedScoreRows.TableOf(ScoreSheet + "项目决策项目立项立项依据充分性6立项符合规划要求得满分6程序规范性4按规定程序申报得满分3"
                                          + "绩效目标目标明确性5目标明确得满分5目标合理性5目标合理得满分8");
        Assert.Equal(["立项依据充分性", "程序规范性", "目标明确性"], rows.Skip(1).Select(r => r[2]));
    }

    [Fact]
    public void A_name_that_opens_with_its_level_label_keeps_the_label_words()
    {
        var rows = GluedScoreRows.TableOf(ScoreSheet + "项目管理资金管理资金管理制度健全性5制度健全得满分5资金使用合规性5使用合规得满分5资金到位率5足额到位得满分4");
        Assert.Equal(["项目管理", "资金管理", "资金管理制度健全性", "5", "制度健全得满分", "5"], rows[1]);
    }

    [Fact]
    public void A_figure_after_a_comparator_is_a_target_and_makes_no_row()
    {
        var rows = GluedScoreRows.TableOf(ScoreSheet + "产出指标数量指标巡查轮次≥5轮5轮5质量指标验收合格率5验收达标5时效指标完成及时性5按期完成5资金到位率5足额到位5");
        Assert.Equal(["验收合格率", "完成及时性", "资金到位率"], rows.Skip(1).Select(r => r[2]));
    }

    [Fact]
    public void An_unknown_heading_after_the_name_is_a_points_column_only_when_it_holds_the_points_character()
    {
        const string Rows = "项目决策项目立项立项依据充分性6立项符合规划要求得满分6程序规范性4按规定程序申报得满分3项目管理资金管理资金到位率10足额到位得满分8";
        Assert.Equal(4, GluedScoreRows.TableOf("一级指标二级指标三级指标考值参分全年实际值得分" + Rows).Count);
        Assert.Empty(GluedScoreRows.TableOf("一级指标二级指标三级指标本期全年实际值得分" + Rows));
    }

    [Fact]
    public void A_points_heading_right_before_the_score_heading_gives_no_table_for_a_blank_score_would_take_the_next_row()
    {
        Assert.Empty(GluedScoreRows.TableOf("一级指标二级指标三级指标分值得分项目决策项目立项立项依据充分性6程序规范性4资金到位率10目标明确性5目标合理性5"));
    }

    [Fact]
    public void A_glued_header_without_a_score_column_gives_no_table()
    {
        Assert.Empty(GluedScoreRows.TableOf("一级指标二级指标三级指标分值评分标准项目决策项目立项立项依据充分性6立项符合规划要求得满分6程序规范性4按规定程序申报3资金到位率10足额到位8"));
    }

    [Fact]
    public void A_flattened_score_sheet_gives_its_indicators_weights_and_scores()
    {
        var project = new Docs()
            .Para("某县2022年农村饮水安全项目绩效评价报告")
            .Para("项目绩效评分表" + ScoreSheet + "项目决策(20分)项目立项立项依据充分性6立项符合规划要求得满分6程序规范性4按规定程序申报得满分3"
                  + "项目管理(30分)资金管理资金到位率10足额到位得满分8")
            .Single();
        var scored = project.Indicators.Where(i => i.Score is not null).ToList();
        Assert.True(scored.Count == 3, string.Join(" | ", project.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}/{i.Weight}/{i.Score}")));
        Assert.Equal(["立项依据充分性", "程序规范性", "资金到位率"], scored.Select(i => i.Name));
        Assert.Equal([6.0, 4, 10], scored.Select(i => i.Weight!.Value));
        Assert.Equal([6.0, 3, 8], scored.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_glued_header_alone_on_its_line_takes_one_glued_row_from_each_line_under_it()
    {
        var project = new Docs()
            .Para("某县2022年农村饮水安全项目绩效评价报告")
            .Para("项目绩效评分表")
            .Para(ScoreSheet)
            .Para("项目决策(20分)")
            .Para("项目立项立项依据充分性6立项符合规划要求得满分6")
            .Para("程序规范性4按规定程序申报得满分3")
            .Para("项目管理(30分)资金管理资金到位率10足额到位得满分8")
            .Para("合计2017")
            .Single();
        var scored = project.Indicators.Where(i => i.Score is not null).ToList();
        Assert.True(scored.Count == 3, string.Join(" | ", project.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}/{i.Weight}/{i.Score}")));
        Assert.Equal(["立项依据充分性", "程序规范性", "资金到位率"], scored.Select(i => i.Name));
        Assert.Equal(["项目决策", "项目决策", "项目管理"], scored.Select(i => i.Level1));
        Assert.Equal([6.0, 4, 10], scored.Select(i => i.Weight!.Value));
        Assert.Equal([6.0, 3, 8], scored.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_paragraph_of_twenty_thousand_digits_under_the_header_is_read_in_linear_time()
    {
        var rows = HangGuard.Within(TimeSpan.FromSeconds(30), () => GluedScoreRows.TableOf(ScoreSheet + "项目决策项目立项" + string.Concat(Enumerable.Repeat("1a", 9_500))));
        Assert.Empty(rows);
    }

    [Fact]
    public void A_figure_in_digits_of_another_script_is_no_points_and_throws_nothing()
    {
        // \d would take the Arabic-Indic ٦ for a figure that double.Parse then refuses.
        var rows = GluedScoreRows.TableOf(ScoreSheet + "项目决策(20分)项目立项立项依据充分性٦立项符合规划要求得满分6程序规范性4按规定程序申报得满分3"
                                          + "项目管理(30分)资金管理资金到位率10足额到位得满分8预算执行率10执行到位得满分9");
        Assert.DoesNotContain(rows, r => r.Contains("٦"));
    }

    [Fact]
    public void Fifty_thousand_header_lines_in_a_row_are_read_in_linear_time()
    {
        var items = Enumerable.Range(0, 50_000).Select(i => new DocItem(i, 1, ScoreSheet + "1", null, null, [])).ToList();
        var rebuilt = HangGuard.Within(TimeSpan.FromSeconds(60), () => GluedScoreRows.Rebuild(items));
        Assert.Equal(items.Count, rebuilt.Count);
    }
}
