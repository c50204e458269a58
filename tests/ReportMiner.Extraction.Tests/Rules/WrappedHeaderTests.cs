using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Header cells that wrapped at an arbitrary character onto a second line, as narrow columns print.</summary>
public sealed class WrappedHeaderTests
{
    private static IReadOnlyDictionary<ColumnRole, int> OneLine(params string[] cells) => HeaderSemantics.Read(cells)!;

    [Fact]
    public void Header_cells_cut_mid_word_over_two_rows_name_the_same_columns_as_the_whole_words()
    {
        var wrapped = IndicatorHeader.FromRows([
            ["绩效", "一级", "二级", "三级", "年度指", "全年完", "分值", "得分"],
            ["指标", "指标", "指标", "指标", "标值", "成值", "", ""]]);
        Assert.NotNull(wrapped);
        Assert.Equal(OneLine("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分"), wrapped.Roles);
    }

    [Fact]
    public void A_bare_indicator_word_that_wraps_into_a_longer_header_phrase_takes_that_phrase_s_role()
    {
        var wrapped = IndicatorHeader.FromRows([
            ["绩效指标(", "一级", "二级", "三级", "指标", "指标值", "度量", "完成值", "权重", "得分"],
            ["80分)", "指标", "指标", "指标", "性质", "", "单位", "", "", ""]]);
        Assert.NotNull(wrapped);
        Assert.Equal(OneLine("绩效指标(80分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"), wrapped.Roles);
    }

    [Fact]
    public void A_row_of_short_values_under_a_whole_header_is_not_read_as_its_wrapped_rest()
    {
        Assert.Null(IndicatorHeader.FromRows([["三级指标", "年度指标值", "实际完成值"], ["群众满意", "较高", "较高"]]));
    }

    [Fact]
    public void A_row_of_fragments_alone_is_no_header()
    {
        Assert.Null(IndicatorHeader.FromRows([["绩效", "一级", "二级", "三级", "年度指"]]));
    }

    [Fact]
    public void A_form_row_of_short_cells_above_a_whole_header_does_not_join_it()
    {
        var header = IndicatorHeader.FromRows([["项目名称", "植树造林项目"], ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]]);
        Assert.Null(header);
    }
}
