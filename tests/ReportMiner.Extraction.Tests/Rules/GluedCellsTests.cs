using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 自评表 whose stored PDF text glued every cell into one run without separators: header phrases cut the header,
/// level labels, template slots, numbers with their units and text runs cut the body.
/// </summary>
public sealed class GluedCellsTests
{
    private const string Form =
        "某县2022年度农技推广项目绩效目标自评表项目名称农技推广绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
        + "产出指标(50分)数量指标指标1示范基地面积10600亩620亩10指标2培训农民人数10300人300人10质量指标指标1技术到位率1095%96%10"
        + "效益指标(30分)社会效益指标指标1带动农户增收15明显明显14满意度指标(20分)服务对象满意度指标指标1农户满意度20≥90%93%20";

    [Fact]
    public void A_glued_header_is_cut_at_its_header_phrases_and_the_body_at_level_labels_slots_and_values()
    {
        var tokens = GluedCells.Of(Form)!;
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及", "改进措施",
            "产出指标(50分)", "数量指标", "示范基地面积", "10600亩", "620亩", "10"], tokens.Take(16));
    }

    [Fact]
    public void A_glued_form_gives_one_indicator_per_row_with_points_split_off_the_target()
    {
        var project = new Docs().Para("某县2022年度农技推广项目绩效目标自评表").Para(Form).Single();
        Assert.Equal(["示范基地面积", "培训农民人数", "技术到位率", "带动农户增收", "农户满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal("600亩", project.Indicators[0].Target!.Text);
        Assert.Equal("620亩", project.Indicators[0].Actual!.Text);
        Assert.Equal(10.0, project.Indicators[0].Weight);
        Assert.Equal(14.0, project.Indicators[3].Score);
        Assert.Equal("300人", project.Indicators[1].Target!.Text);
        Assert.Equal("95%", project.Indicators[2].Target!.Text);
    }

    [Fact]
    public void A_glued_level_label_starts_at_its_framework_word_not_at_the_text_before_it()
    {
        // R012, R194, R058: a cell's text runs straight into the next level label ("…及时性高高满意度指标").
        var tokens = GluedCells.Of("一级指标二级指标三级指标年度指标值实际完成值得分"
                                   + "效益指标可持续影响指标设施维护及时性高高满意度指标服务对象满意度指标群众满意度≥90%95%10")!;
        Assert.Contains("满意度指标", tokens);
        Assert.Contains("服务对象满意度指标", tokens);
        Assert.DoesNotContain(tokens, t => t.EndsWith("满意度指标", StringComparison.Ordinal) && t is not ("满意度指标" or "服务对象满意度指标"));
    }

    [Fact]
    public void A_word_said_twice_after_a_rows_points_is_its_target_and_actual_not_the_unit_of_the_points()
    {
        // R090 (and the doubled words of R012, R058, R138): "8是是8" is 8 points, 是, 是 and a score of 8.
        var tokens = GluedCells.Of("一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标成本指标指标1采购价格不高于市场价8是是8"
                                   + "效益指标社会效益指标指标1带动就业人数10200人200人10")!;
        Assert.Equal(["采购价格不高于市场价", "8", "是", "是", "8", "效益指标"], tokens.SkipWhile(t => t != "采购价格不高于市场价").Take(6));
    }

    [Fact]
    public void A_target_written_with_an_equals_sign_is_a_value_of_its_own_not_the_end_of_the_name()
    {
        // R266 (and the = or ≧ targets of R014, R202, R295): a target form's "开放天数=280天" glued after its name.
        var tokens = GluedCells.Of("一级指标二级指标三级指标指标目标值产出指标数量指标年度开放天数=280天质量指标展览讲解覆盖率＝95%"
                                   + "效益指标社会效益指标年度接待参观人数≧20000人次满意度指标服务对象满意度指标参观群众满意度≥90%")!;
        Assert.Contains("年度开放天数", tokens);
        Assert.Contains("=280天", tokens);
        Assert.Contains("展览讲解覆盖率", tokens);
        Assert.Contains("≧20000人次", tokens);
    }

    [Fact]
    public void A_deadline_date_written_twice_is_the_target_and_the_actual_not_a_year_and_a_month_each()
    {
        // R639, R058 (and the glued dates of R090, R108): "完成时间2021年12月2021年12月" under 年度指标值 | 实际完成值.
        var tokens = GluedCells.Of("一级指标二级指标三级指标年度指标值实际完成值产出指标时效指标完成时间2021年12月2021年12月"
                                   + "质量指标验收合格率100%100%")!;
        Assert.Equal(["完成时间", "2021年12月", "2021年12月", "质量指标"], tokens.SkipWhile(t => t != "完成时间").Take(4));
    }

    [Fact]
    public void Points_glued_in_front_of_a_date_are_a_number_of_their_own()
    {
        // R058: "公用经费完成时间52021年12月完成2021年12月完成4": 5 points, the date twice, 4 scored.
        var tokens = GluedCells.Of("一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标时效指标资金拨付时间52021年12月底前2021年11月30日4"
                                   + "成本指标补助标准10300元300元10")!;
        Assert.Equal(["资金拨付时间", "5", "2021年12月底前", "2021年11月30日", "4", "成本指标"], tokens.SkipWhile(t => t != "资金拨付时间").Take(6));
    }

    [Fact]
    public void A_glued_row_with_a_date_keeps_its_date_as_the_target_and_the_actual()
    {
        var project = new Docs().Para("某县2021年度道路养护项目支出绩效自评表")
            .Para("项目名称道路养护经费绩效指标一级指标二级指标三级指标年度指标值实际完成值产出指标(50分)数量指标养护里程≥120公里126公里"
                  + "时效指标完成时间2021年12月底2021年12月底效益指标(30分)社会效益指标通行条件改善率≥90%93%").Single();
        var deadline = Assert.Single(project.Indicators, i => i.Name == "完成时间");
        Assert.Equal("2021年12月底", deadline.Target!.Text);
        Assert.Equal("2021年12月底", deadline.Actual!.Text);
        Assert.DoesNotContain(project.Indicators, i => i.Name.StartsWith("2021", StringComparison.Ordinal));
    }

    [Fact]
    public void Prose_with_a_header_word_or_two_is_not_read_as_a_glued_table()
    {
        Assert.Null(GluedCells.Of("本项目年度指标值全部完成,得分情况良好,满意度达到95%以上,未发现偏差原因需要说明的事项,绩效良好。"));
    }

    [Theory]
    [InlineData("得分")]
    [InlineData("分值得分原因")]
    [InlineData("一级指标二级指标三级指标得分原因")]
    public void An_eighty_thousand_character_run_of_one_header_phrase_is_read_in_linear_time(string phrase)
    {
        // A guard against a hang, not a speed figure: read linearly this takes well under a second, quadratically
        // (a phrase tried again from every position) minutes; the bound leaves room for a loaded machine.
        var hostile = string.Concat(Enumerable.Repeat(phrase, 80_000 / phrase.Length));
        HangGuard.Within(TimeSpan.FromSeconds(30), () =>
        {
            GluedCells.Of(hostile);
            SpacedTableDump.Rows(new DocItem(0, 1, hostile, null, null, []));
        });
    }

    [Fact]
    public void A_long_hostile_run_of_header_words_and_digits_is_read_quickly()
    {
        var hostile = string.Concat(Enumerable.Repeat("一级指标二级指标三级指标产出指标(5分)指标1数量指标123", 500));
        var rows = HangGuard.Within(TimeSpan.FromSeconds(5), () => SpacedTableDump.Rows(new DocItem(0, 1, hostile, null, null, [])));
        Assert.NotNull(rows);
    }

    [Fact]
    public void A_glued_header_cell_keeps_its_bracketed_note_instead_of_opening_the_next_cell_with_it()
    {
        // R058, R083, R138: "指标值(A)全年实际值(B)得分" and "得分系数(%)" glued; the note closes its own cell.
        var tokens = GluedCells.Of("一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分偏差原因"
                                   + "产出指标(50分)数量指标培训人数10300人300人10")!;
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分"], tokens.Take(7));
    }

    [Fact]
    public void A_glued_evaluation_label_with_its_points_is_a_level_label_but_without_points_it_stays_in_the_name()
    {
        // R058, R218: an evaluation score table's level-1 labels ("项目决策(10分)") glued after the header and into the name.
        var tokens = GluedCells.Of("一级指标二级指标三级指标分值指标值实际值得分项目决策(10分)项目管理制度健全性5健全健全5")!;
        Assert.Contains("项目决策(10分)", tokens);
        Assert.Contains("项目管理制度健全性", tokens);
        Assert.DoesNotContain(tokens, t => t.StartsWith("得分项目", StringComparison.Ordinal));
    }
}
