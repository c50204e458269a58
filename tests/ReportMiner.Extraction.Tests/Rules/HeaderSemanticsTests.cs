using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class HeaderSemanticsTests
{
    [Fact]
    public void Columns_are_found_by_meaning_whatever_their_order()
    {
        var columns = HeaderSemantics.Read(["得分", "实际完成值", "指标名称", "目标值", "权重"])!;
        Assert.Equal(2, columns[ColumnRole.Name]);
        Assert.Equal(3, columns[ColumnRole.Target]);
        Assert.Equal(1, columns[ColumnRole.Actual]);
        Assert.Equal(4, columns[ColumnRole.Weight]);
        Assert.Equal(0, columns[ColumnRole.Score]);
    }

    [Fact]
    public void The_third_level_column_is_the_name_even_next_to_a_generic_indicator_label()
    {
        var columns = HeaderSemantics.Read(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值（权重）", "自评得分", "偏差原因分析"])!;
        Assert.Equal(3, columns[ColumnRole.Name]);
        Assert.Equal(1, columns[ColumnRole.Level1]);
        Assert.Equal(2, columns[ColumnRole.Level2]);
        Assert.Equal(5, columns[ColumnRole.Actual]);
        Assert.Equal(6, columns[ColumnRole.Weight]);
        Assert.Equal(7, columns[ColumnRole.Score]);
        Assert.False(columns.ContainsKey(ColumnRole.None));
    }

    [Fact]
    public void A_side_label_spanning_down_is_not_a_column_header()
    {
        var columns = HeaderSemantics.Read(["（定量指标）目标完成情况", "主要绩效目标内容", "绩效目标值", "完成率"], c => c == 0)!;
        Assert.Equal(1, columns[ColumnRole.Name]);
        Assert.Equal(3, columns[ColumnRole.Actual]);
    }

    [Fact]
    public void A_row_of_values_is_not_a_header()
    {
        Assert.Null(HeaderSemantics.Read(["产出", "数量", "受理量", "≥100万件", "120万件"]));
        Assert.Null(HeaderSemantics.Read(["项目名称", "热线服务项目", "主管部门", "市政务局"]));
    }

    [Theory]
    [InlineData("年度指标值(达到)", ColumnRole.Target)]
    [InlineData("指标目标值", ColumnRole.Target)]
    [InlineData("实际完成情况", ColumnRole.Actual)]
    [InlineData("是否达标", ColumnRole.Met)]
    [InlineData("分  值", ColumnRole.Weight)]
    [InlineData("偏差原因分析及改进措施", ColumnRole.Reason)]
    [InlineData("指标性质", ColumnRole.TargetOp)]
    [InlineData("度量单位", ColumnRole.Unit)]
    [InlineData("指标值类型", ColumnRole.ValueType)]
    [InlineData("评（扣）分标准", ColumnRole.Standard)]
    [InlineData("指标1：接通率", ColumnRole.None)]
    [InlineData("产出指标", ColumnRole.None)]
    [InlineData("二級指標", ColumnRole.Level2)]
    public void Header_words_map_to_roles(string header, ColumnRole role) => Assert.Equal(role, HeaderSemantics.RoleOf(header));
}
