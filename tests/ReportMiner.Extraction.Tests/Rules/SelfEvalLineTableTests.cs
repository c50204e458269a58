using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Self-evaluation forms written one row per line with spaces between cells (a web page's or PDF's text), as the row
/// audit of unseen pages found them (Data/selfeval-row-audit.tsv): a level-1 cell that prints only its points, level
/// labels wrapped onto the next line, and rows that carry points but no target or actual value.
/// </summary>
public sealed class SelfEvalLineTableTests
{
    private static Docs Form(params string[] rows)
    {
        var docs = new Docs()
            .Para("项目支出绩效自评表")
            .Para("项目名称 农田水利维修经费")
            .Para("二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施")
            .Para("（50分）");
        foreach (var row in rows) docs.Para(row);
        return docs;
    }

    private static IndicatorRecord Named(ProjectRecord project, string name) => Assert.Single(project.Indicators, i => i.Name == name);

    [Fact]
    public void A_level_one_cell_printing_only_its_points_does_not_end_the_table()
    {
        var project = Form("数量指标 指标1：维修渠道长度 12公里 12公里 20 20", "（30分）", "社会效益指标 指标1：受益农户数 300户 320户 20 20")
            .Single();
        var benefit = Named(project, "受益农户数");
        Assert.Equal("效益指标", benefit.Level1);
        Assert.Equal("社会效益指标", benefit.Level2);
        Assert.Equal(20, benefit.Weight);
    }

    [Theory]
    [InlineData("经济效益", "指标", "经济效益指标")]
    [InlineData("可持续影", "响指标", "可持续影响指标")]
    [InlineData("服务对象", "满意度指标", "服务对象满意度指标")]
    public void A_level_label_wrapped_onto_the_next_line_is_joined_back(string head, string tail, string level2)
    {
        var project = Form("数量指标 指标1：维修渠道长度 12公里 12公里 20 20", "（30分）", head, tail, "指标1：灌溉保证率 90% 95% 20 18")
            .Single();
        Assert.Equal(level2, Named(project, "灌溉保证率").Level2);
    }

    [Fact]
    public void Two_bare_numbers_after_a_name_are_the_points_when_other_rows_carry_that_weight()
    {
        var project = Form("数量指标 指标1：维修渠道长度 12 12 20 20", "质量指标 指标1：工程质量达标 20 18").Single();
        var quality = Named(project, "工程质量达标");
        Assert.Null(quality.Target);
        Assert.Null(quality.Actual);
        Assert.Equal(20, quality.Weight);
        Assert.Equal(18, quality.Score);
    }

    [Theory]
    [InlineData("三级指标 年初目标值 (A) 实际完成值 (B) 得分", new[] { "三级指标", "年初目标值(A)", "实际完成值(B)", "得分" })]
    [InlineData("年度指标值 （A） 全年实际值 （B）", new[] { "年度指标值（A）", "全年实际值（B）" })]
    [InlineData("宣传次数 (A) 12次", new[] { "宣传次数", "(A)", "12次" })]
    public void The_letter_of_a_header_column_wrapped_below_its_word_stays_in_that_cell(string line, string[] cells) =>
        Assert.Equal(cells, SpacedCells.Of(line));

    [Fact]
    public void Two_bare_numbers_that_no_row_carries_as_a_weight_stay_the_target_and_the_actual()
    {
        var project = Form("数量指标 指标1：维修渠道长度 12 12 20 20", "质量指标 指标1：维修泵站数量 3 3").Single();
        var pumps = Named(project, "维修泵站数量");
        Assert.Equal(3, pumps.Target?.Value);
        Assert.Equal(3, pumps.Actual?.Value);
        Assert.Null(pumps.Weight);
    }
}
