using ReportMiner.Parsing.Text;
using static ReportMiner.Parsing.Text.GluedRowTail.Column;

namespace ReportMiner.Parsing.Tests.Text;

/// <summary>A glued row's end read as a whole against the columns its header names after the name.</summary>
public sealed class GluedRowTailTests
{
    private static readonly GluedRowTail.Column[] ValuesPointsScore = [Target, Actual, Weight, Score, Empty];

    [Theory]
    [InlineData("补助村(社区)数量=8个888", "补助村(社区)数量", "=8个|8|8|8")]
    [InlineData("保障村干部人数=42个4288", "保障村干部人数", "=42个|42|8|8")]
    [InlineData("项目总成本≤202.6万元132.91010", "项目总成本", "≤202.6万元|132.9|10|10")]
    [InlineData("培训人次≥500人次520人次1010", "培训人次", "≥500人次|520人次|10|10")]
    [InlineData("预算执行率100%83.5%2018", "预算执行率", "100%|83.5%|20|18")]
    [InlineData("服务对象满意度≥95%98%109", "服务对象满意度", "≥95%|98%|10|9")]
    public void Points_and_score_glued_after_the_values_are_cut_where_the_whole_row_reads_best(string row, string name, string cells)
    {
        var cut = GluedRowTail.Cut(row, ValuesPointsScore);
        Assert.NotNull(cut);
        Assert.Equal(name, cut.Value.Name);
        Assert.Equal(cells, string.Join('|', cut.Value.Cells));
    }

    [Fact]
    public void A_figure_is_not_cut_into_a_bare_target_and_a_measured_actual()
    {
        var cut = GluedRowTail.Cut("库存数量真实率100%", [Target, Actual]);
        Assert.NotNull(cut);
        Assert.Equal(["100%"], cut.Value.Cells);
    }

    [Fact]
    public void Points_before_the_values_stand_in_their_own_column()
    {
        var cut = GluedRowTail.Cut("项目验收合格率10≥95%96%10", [Weight, Target, Actual, Score, Empty]);
        Assert.NotNull(cut);
        Assert.Equal(["10", "≥95%", "96%", "10"], cut.Value.Cells);
    }

    [Theory]
    [InlineData("完工时间2021年12月")]
    [InlineData("群众满意度较高")]
    public void A_row_without_a_figure_the_columns_hold_is_left_to_the_other_cuts(string row) =>
        Assert.Null(GluedRowTail.Cut(row, ValuesPointsScore));

    [Fact]
    public void A_row_that_needs_more_readings_than_the_budget_is_given_up_to_the_older_cuts()
    {
        const string row = "培训人次≥500人次520人次1010";
        Assert.NotNull(GluedRowTail.Cut(row, ValuesPointsScore));
        Assert.Null(GluedRowTail.Cut(row, ValuesPointsScore, mostReadings: 10));
    }

    [Fact]
    public void A_score_over_its_points_is_no_reading()
    {
        var cut = GluedRowTail.Cut("培训合格率90%96%820", [Target, Actual, Weight, Score]);
        Assert.True(cut is null || cut.Value.Cells is not [_, _, "8", "20"]);
    }

    [Fact]
    public void A_unit_or_a_scoring_rule_column_after_the_name_is_not_read_by_this_cut()
    {
        Assert.Null(GluedRowTail.Columns(["Unit", "TargetOp", "Target", "Actual"]));
        Assert.Null(GluedRowTail.Columns(["Standard", "Weight", "Score"]));
        Assert.NotNull(GluedRowTail.Columns(["Target", "Actual", "Weight", "Score", "Reason"]));
    }

    [Fact]
    public void A_bare_target_is_not_cut_from_a_different_number_glued_after_it()
    {
        var cut = GluedRowTail.Cut("年内无群体性事件发生小于5次无上访10", [Target, Actual, Score]);
        Assert.True(cut is null || cut.Value.Cells is not ["1", "0", ..]);
    }

    [Fact]
    public void A_header_that_names_one_role_twice_is_not_read_by_this_cut() =>
        Assert.Null(GluedRowTail.Columns(["Target", "Actual", "Target"]));

    [Theory]
    [InlineData("药品抽验品种≥34", "≥3|4")]
    [InlineData("药品监管企业数≥124253", "≥124|253")]
    [InlineData("医疗器械监管企业数≥2185", "≥21|85")]
    [InlineData("人均培训学时≥95", "≥95")]
    public void A_target_after_its_comparator_and_a_bare_actual_are_cut_where_they_read_nearest(string row, string cells)
    {
        var cut = GluedRowTail.Cut(row, [Target, Actual]);
        Assert.NotNull(cut);
        Assert.Equal(cells, string.Join('|', cut.Value.Cells));
    }

    [Theory]
    [InlineData("发放(缴纳)覆盖率=100%60", "=|100|%||60")]
    [InlineData("培训人次≥500人次520人次1010", "≥|500|人次|520人次|10|10")]
    public void A_target_split_into_comparator_number_and_unit_columns_is_cut_into_them(string row, string cells)
    {
        var columns = GluedRowTail.Columns(["TargetOp", "Target", "Unit", "Actual", "Weight", "Score", "Reason"]);
        Assert.NotNull(columns);
        var cut = GluedRowTail.Cut(row, columns);
        Assert.NotNull(cut);
        Assert.Equal(cells, string.Join('|', cut.Value.Cells));
    }
}
