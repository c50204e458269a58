using ReportMiner.Extraction.CellRuns;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A score sheet whose 分值 and 得分 stand side by side (R547's 评价得分表, R162's and R234's 一级指标 | 二级指标 | 三级指标
/// | 分值 | 得分) glued by a page, each row's points and score one run of digits ("目标内容22").
/// </summary>
public sealed class GluedPointsScoreRowsTests
{
    private const string Sheet = "一级指标二级指标三级指标分值得分";

    [Fact]
    public void Each_glued_run_of_digits_is_cut_into_the_points_and_the_score_no_greater_than_them()
    {
        var rows = GluedPointsScoreRows.TableOf(Sheet + "项目决策(25分)绩效目标(6分)目标内容22进度计划21目标匹配1510项目管理(30分)资金管理资金到位率109.5");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "得分"], rows[0]);
        Assert.Equal(["项目决策", "绩效目标", "目标内容", "2", "2"], rows[1]);
        Assert.Equal(["项目决策", "绩效目标", "进度计划", "2", "1"], rows[2]);
        Assert.Equal(["项目决策", "绩效目标", "目标匹配", "15", "10"], rows[3]);
        Assert.Equal(["项目管理", "资金管理", "资金到位率", "10", "9.5"], rows[4]);
    }

    [Fact]
    public void A_misread_points_heading_before_the_score_heading_still_heads_the_points()
    {
        Assert.Equal(4, GluedPointsScoreRows.TableOf("一级指标二级指标三级指标价值得分项目决策绩效目标目标内容22进度计划22目标匹配22").Count);
    }

    [Fact]
    public void A_run_with_no_cut_or_digits_before_a_unit_makes_no_row()
    {
        var rows = GluedPointsScoreRows.TableOf(Sheet + "项目决策绩效目标目标内容22进度计划1520目标匹配22资金到位率55培训人数22%");
        Assert.Equal(["目标内容", "目标匹配", "资金到位率"], rows.Skip(1).Select(r => r[2]));
    }

    [Fact]
    public void A_text_column_between_the_points_and_the_score_is_another_sheet()
    {
        Assert.Empty(GluedPointsScoreRows.TableOf("一级指标二级指标三级指标分值评分标准得分项目决策绩效目标目标内容22进度计划22目标匹配22"));
    }

    [Fact]
    public void A_glued_header_alone_on_its_line_takes_one_glued_row_from_each_line_under_it()
    {
        var project = new Docs()
            .Para("关于某县路灯电费项目支出绩效评价报告")
            .Para("路灯电费项目绩效评价得分表")
            .Para("一级指标二级指标三级指标价值得分")
            .Para("项目决策(25分)绩效目标(6分)目标内容22")
            .Para("进度计划21")
            .Para("目标匹配22")
            .Single();
        var scored = project.Indicators.Where(i => i.Score is not null).ToList();
        Assert.True(scored.Count == 3, string.Join(" | ", project.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}/{i.Weight}/{i.Score}")));
        Assert.Equal(["目标内容", "进度计划", "目标匹配"], scored.Select(i => i.Name));
        Assert.Equal([2.0, 2, 2], scored.Select(i => i.Weight!.Value));
        Assert.Equal([2.0, 1, 2], scored.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_paragraph_of_long_digit_runs_under_the_header_is_read_in_linear_time()
    {
        var rows = HangGuard.Within(TimeSpan.FromSeconds(30), () => GluedPointsScoreRows.TableOf(
            Sheet + "项目决策绩效目标" + string.Concat(Enumerable.Repeat("目标内容" + new string('1', 5_000), 4))));
        Assert.Empty(rows);
    }

    [Fact]
    public void Fifty_thousand_header_lines_in_a_row_are_read_in_linear_time()
    {
        var items = Enumerable.Range(0, 50_000).Select(i => new DocItem(i, 1, Sheet + "1", null, null, [])).ToList();
        var rebuilt = HangGuard.Within(TimeSpan.FromSeconds(60), () => GluedPointsScoreRows.Rebuild(items));
        Assert.Equal(items.Count, rebuilt.Count);
    }
}
