using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Header words the audit of unseen pages found (Data/header-audit.tsv) and the header reading they need.</summary>
public sealed class UnseenHeaderWordsTests
{
    [Theory]
    [InlineData("自评分", ColumnRole.Score)]
    [InlineData("自评分值", ColumnRole.Score)]
    [InlineData("权数", ColumnRole.Weight)]
    [InlineData("评价标准及依据", ColumnRole.Standard)]
    [InlineData("计算符号", ColumnRole.TargetOp)]
    [InlineData("績效內容", ColumnRole.Name)]
    [InlineData("四级指标名称", ColumnRole.Name)]
    public void Header_words_of_unseen_forms_name_their_columns(string header, ColumnRole role) => Assert.Equal(role, HeaderSemantics.RoleOf(header));

    [Fact]
    public void The_fourth_level_holds_the_indicators_of_a_four_level_table()
    {
        var roles = HeaderSemantics.Read(["一级指标名称", "二级指标名称", "三级指标名称", "四级指标名称", "权重(%)", "评分标准"])!;
        Assert.Equal(3, roles[ColumnRole.Name]);
        Assert.Equal(4, roles[ColumnRole.Weight]);
    }

    [Fact]
    public void A_self_score_column_wrapped_over_two_lines_is_the_score()
    {
        var header = HeaderReading.Read([["一级", "二级", "指标名称", "年初指", "年终完", "自评", "复核"], ["指标", "指标", "（三级指标）", "标值", "成值", "分", "分"]], [])!;
        Assert.Equal(5, header.Roles[ColumnRole.Score]);
        Assert.Equal(4, header.Roles[ColumnRole.Actual]);
    }

    [Fact]
    public void A_lower_header_row_of_numbered_data_items_leaves_the_upper_row_as_the_header()
    {
        string[] upper = ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值", "采集数据项", "采集数据项", "指标值"];
        string[] lower = ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值", "数据项1", "数据项2", "指标值"];
        var header = HeaderReading.Read([upper, lower], [["预算绩效", "50", "预算管理", "75", "预算执行进度(7月)", "%", "40%", "7", "", "", ""]])!;
        Assert.Equal(4, header.Roles[ColumnRole.Name]);
        // The level's points beside 一级指标 give way to the indicator's 分值 right of the name.
        Assert.Equal(7, header.Roles[ColumnRole.Weight]);
        Assert.Equal(6, header.Roles[ColumnRole.Target]);
    }

    [Fact]
    public void A_table_without_header_rows_has_no_header_to_read() => Assert.Null(HeaderReading.Read([], [["产出指标", "数量指标", "宣传次数"]]));
}
