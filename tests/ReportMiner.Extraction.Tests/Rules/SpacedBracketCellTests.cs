using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A form whose cells a page's text separated by spaces, where a cell's own bracket is padded with spaces inside
/// ("开发景点数量( ≥**个 )", "( 2021 年度)", "(50分 )"): the bracket is one cell, never the end of one and the start of
/// the next.
/// </summary>
public sealed class SpacedBracketCellTests
{
    [Fact]
    public void A_bracket_whose_inside_holds_spaces_stays_in_the_cell_that_opens_it()
    {
        Assert.Equal(["产出指标", "数量指标", "开发景点数量( ≥**个 )", ">=3个"],
            SpacedCells.Of("产出指标 数量指标 开发景点数量( ≥**个 ) >=3个"));
    }

    [Fact]
    public void A_bracket_whose_words_wrapped_inside_it_without_padding_is_left_as_written()
    {
        Assert.Equal(["分值", "执行率(全年", "执行数/全年", "预算数)"], SpacedCells.Of("分值 执行率(全年 执行数/全年 预算数)"));
    }

    [Fact]
    public void A_bracket_left_open_for_the_rest_of_the_line_splits_nothing_differently()
    {
        Assert.Equal(["满意度(", "90%", "95%", "10", "9"], SpacedCells.Of("满意度( 90% 95% 10 9"));
    }

    [Fact]
    public void A_row_whose_name_holds_a_spaced_bracket_keeps_its_target()
    {
        var project = new Docs()
            .Para("某县乡村旅游项目支出绩效目标表")
            .Para("绩效指标 一级指标 二级指标 三级指标 指标值 备注")
            .Para("产出指标 数量指标 旅游步道建设长度 >=800米")
            .Para("开发景点数量( ≥**个 ) >=3个")
            .Para("流转土地面积 >=40亩")
            .Para("效益指标 社会效益指标 带动就业人数 >=20人")
            .Single();
        Assert.Equal(["旅游步道建设长度", "开发景点数量", "流转土地面积", "带动就业人数"], project.Indicators.Select(i => i.Name));
        Assert.Equal(">=3个", project.Indicators[1].Target!.Text);
        Assert.Equal("数量指标", project.Indicators[2].Level2);
    }
}
