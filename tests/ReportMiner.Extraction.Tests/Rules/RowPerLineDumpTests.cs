namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A PDF's text taken without its layout writes a form one row per line, the cells separated by spaces: the header
/// line gives the columns, and each line below is cut into cells that fit them.
/// </summary>
public sealed class RowPerLineDumpTests
{
    [Fact]
    public void Lines_of_spaced_cells_under_a_header_line_are_the_rows_of_its_table()
    {
        var project = new Docs()
            .Para("某镇2022年度人居环境整治项目支出绩效自评表")
            .Para("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施")
            .Para("产出指标(50分) 数量指标 清理村内沟渠 ≥12公里 12.5公里 20 20")
            .Para("质量指标 垃圾清运及时率 达标 达成预期指标 15 15")
            .Para("生态效益指标         0")
            .Para("满意度指标(10分) 满意度指标 村民满意度 ≥90% 94% 10 10")
            .Para("总分 100 98")
            .Para("存在问题：部分沟渠淤积较快。")
            .Single();
        Assert.Equal(["清理村内沟渠", "垃圾清运及时率", "村民满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "质量指标", "满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal([20.0, 15, 10], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal("12.5公里", project.Indicators[0].Actual!.Text);
    }
}

/// <summary>The header line's cells that the export cut at a space ("全年 完成值") and slot lines nobody filled in.</summary>
public sealed class RowPerLineHeaderTests
{
    [Fact]
    public void A_header_cut_at_spaces_and_an_unfilled_slot_line_do_not_break_the_table()
    {
        var project = new Docs()
            .Para("某县2021年度储备粮管理项目支出绩效自评表")
            .Para("一级指标 二级 指标 三级指标 年度 指标值 全年 完成值 分值 得分")
            .Para("产出指标 数量指标 指标1储备粮到位率 100% 100% 20 20")
            .Para("指标2")
            .Para("质量指标 指标1储备粮质量达标率 ≥95% 98% 20 20")
            .Single();
        Assert.Equal(["储备粮到位率", "储备粮质量达标率"], project.Indicators.Select(i => i.Name));
        Assert.Equal("98%", project.Indicators[1].Actual!.Text);
        Assert.Equal("质量指标", project.Indicators[1].Level2);
    }
}

/// <summary>A header line that opens with the block's side label and writes a header cell's last character apart.</summary>
public sealed class RowPerLineSideLabelTests
{
    [Fact]
    public void A_side_label_before_the_header_and_a_character_put_apart_are_part_of_the_header_line()
    {
        var project = new Docs()
            .Para("某县2022年度测土配方施肥项目支出绩效自评表")
            .Para("年度绩效目标 (80分) 一级指标 二级指标 三级指标 年度指标 值 实际完成值 得分")
            .Para("产出指标 数量指标 示范区建立 ≥2000亩 2100亩 15")
            .Para("质量指标 配方肥到位率 ≥80% 86% 10")
            .Single();
        Assert.Equal(["示范区建立", "配方肥到位率"], project.Indicators.Select(i => i.Name));
        Assert.Equal("≥80%", project.Indicators[1].Target!.Text);
        Assert.Equal(10.0, project.Indicators[1].Score);
    }
}

/// <summary>A header line with a cell no header word names: a misread word, a column the word list does not know.</summary>
public sealed class RowPerLineUnnamedHeaderCellTests
{
    [Fact]
    public void A_misread_word_and_an_unknown_column_in_the_header_line_do_not_hide_the_table()
    {
        var project = new Docs()
            .Para("某区2022年度社区养老服务项目支出绩效自评表")
            .Para("一级指标 二级指标 三级指标 分参值考 年度指标值 实际完成值 得分 是否重点")
            .Para("产出指标 数量指标 助餐服务人次 20 ≥3000人次 3260人次 20 是")
            .Para("质量指标 服务投诉办结率 20 100% 100% 20 否")
            .Para("效益指标 社会效益指标 独居老人探访覆盖率 30 ≥90% 86% 26 否")
            .Single();
        Assert.Equal(["助餐服务人次", "服务投诉办结率", "独居老人探访覆盖率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["3260人次", "100%", "86%"], project.Indicators.Select(i => i.Actual!.Text));
        Assert.Equal([20.0, 20, 26], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_side_label_spaced_apart_may_open_a_header_line_with_an_unknown_cell()
    {
        var project = new Docs()
            .Para("某县2020年度文化下乡项目支出绩效自评表")
            .Para("绩 效 指 标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差说明 和措施")
            .Para("产出指标 数量指标 送戏下乡场次 ≥60场 64场 20 20")
            .Para("时效指标 演出完成时间 11月底前 11月25日 20 18")
            .Single();
        Assert.Equal(["送戏下乡场次", "演出完成时间"], project.Indicators.Select(i => i.Name));
        Assert.Equal([20.0, 18], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_line_of_mostly_unknown_words_is_not_taken_for_a_header()
    {
        var project = new Docs()
            .Para("某区2022年度社区养老服务项目支出绩效自评表")
            .Para("三级指标 服务对象 服务方式 服务频次 备忘")
            .Para("助餐服务人次 独居老人 上门 每周 无")
            .Single();
        Assert.Empty(project.Indicators);
    }
}

/// <summary>A target form's rows one per line whose values are words, not figures (R395, R229, R398).</summary>
public sealed class RowPerLineWordValueTests
{
    [Fact]
    public void A_line_that_opens_with_a_level_label_is_a_row_even_when_its_value_is_words()
    {
        var project = new Docs()
            .Para("某县2021年度环卫保洁项目支出绩效目标申报表")
            .Para("绩效指标 一级指标 二级指标 三级指标 指标值")
            .Para("产出指标 数量指标 指标1:保洁道路条数 12条")
            .Para("质量指标 指标1:道路清扫保洁到位 路面整洁无积存垃圾")
            .Para("时效指标 指标1:全年按时完成保洁工作 全年")
            .Para("效益指标 社会效益指标 指标1:改善城区环境面貌 明显改善")
            .Para("满意度指标 服务对象满意度指标 指标1:市民满意度 ≥90%")
            .Single();
        Assert.Equal(["保洁道路条数", "道路清扫保洁到位", "全年按时完成保洁工作", "改善城区环境面貌", "市民满意度"],
            project.Indicators.Select(i => i.Name));
        Assert.Equal("路面整洁无积存垃圾", project.Indicators[1].Target!.Text);
        Assert.Equal("质量指标", project.Indicators[1].Level2);
    }
}

/// <summary>
/// A label before the first row's level label is left out of the row: the block's side label (绩效指标, 项目绩效指标, a
/// cell spanning every row), and a form's own level-1 label there (实施效果指标 over 产出指标, R034's form) too, since the
/// rows are cut under framework level labels only and a label kept there would be read as an indicator of its own.
/// </summary>
public sealed class RowPerLineLeadingLabelTests
{
    [Fact]
    public void A_level_one_label_of_the_forms_own_before_a_framework_level_label_is_no_indicator()
    {
        var project = new Docs()
            .Para("某区2022年度畜禽粪污资源化利用项目绩效目标表")
            .Para("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 得分")
            .Para("实施效果指标 产出指标 建设项目个数 1个 1个 20")
            .Para("效益指标 粪污综合利用率 ≥90% 92% 20")
            .Single();
        Assert.Equal(["建设项目个数", "粪污综合利用率"], project.Indicators.Select(i => i.Name));
        Assert.Equal("1个", project.Indicators[0].Actual!.Text);
    }

    [Fact]
    public void The_blocks_side_label_before_the_first_rows_level_label_is_no_cell_of_the_row()
    {
        var project = new Docs()
            .Para("某区2022年度人居环境整治项目支出绩效自评表")
            .Para("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分")
            .Para("项目绩效指标 产出指标 数量指标 清理村内沟渠 ≥12公里 12.5公里 20 20")
            .Para("质量指标 垃圾清运及时率 达标 达成预期指标 15 15")
            .Single();
        Assert.Equal(["清理村内沟渠", "垃圾清运及时率"], project.Indicators.Select(i => i.Name));
        Assert.Equal(("产出指标", "数量指标"), (project.Indicators[0].Level1, project.Indicators[0].Level2));
        Assert.Equal("12.5公里", project.Indicators[0].Actual!.Text);
    }
}

/// <summary>A level label whose framework word the export spaced apart (可持续影响 指标, 群众满意度 指标) is one cell.</summary>
public sealed class RowPerLineLevelWordApartTests
{
    [Fact]
    public void A_level_label_with_its_word_put_apart_is_the_level_and_not_the_indicator()
    {
        var project = new Docs()
            .Para("某县2022年度学生营养改善计划项目支出绩效自评表")
            .Para("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分")
            .Para("产出指标 数量指标 学生受资助人数 ≥735人次 735人次 10 10")
            .Para("效益指标 可持续影响 指标 促进学校教育事业健康发展 ≥100% 100% 10 10")
            .Para("满意度指标 群众满意度 指标 学生满意度 ≥90% 95% 10 10")
            .Single();
        Assert.Equal(["学生受资助人数", "促进学校教育事业健康发展", "学生满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "可持续影响指标", "群众满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal("效益指标", project.Indicators[1].Level1);
    }
}
