using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Two borderless tables set one under the other with no space between them (a budget block over an indicator table,
/// or a second form after its title), each with columns of its own, parted only by a line that belongs to neither.
/// </summary>
public sealed class UnruledStackedGridsTests
{
    private static SyntheticPage Stacked(string between, double lowerShift = 30, double x = 50)
    {
        var page = new SyntheticPage(1);
        (string, string, string)[] budget = [("资金来源", "预算数", "执行数"), ("财政拨款", "194.9", "194.9"), ("其他资金", "10.5", "10.5")];
        for (var i = 0; i < budget.Length; i++)
            page.Word(budget[i].Item1, 50, 100 + 14 * i).Word(budget[i].Item2, 150, 100 + 14 * i).Word(budget[i].Item3, 250, 100 + 14 * i);
        page.Word(between, x, 142);
        (string, string, string)[] indicators = [("三级指标", "指标值", "完成值"), ("储备到位率", "100%", "98%"), ("库存真实率", "100%", "100%")];
        for (var i = 0; i < indicators.Length; i++)
            page.Word(indicators[i].Item1, 50 + lowerShift, 156 + 14 * i).Word(indicators[i].Item2, 150 + 2 * lowerShift, 156 + 14 * i)
                .Word(indicators[i].Item3, 250 + 3 * lowerShift, 156 + 14 * i);
        return page;
    }

    [Fact]
    public void A_line_between_two_grids_whose_columns_start_at_other_x_ends_the_first_table()
    {
        var tables = LayoutTestSupport.Lay(Stacked("二、绩效指标").Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["资金来源", "预算数", "执行数"], tables[0].RowTexts(0));
        Assert.Equal(["三级指标", "指标值", "完成值"], tables[1].RowTexts(0));
        Assert.Equal(["库存真实率", "100%", "100%"], tables[1].RowTexts(2));
    }

    [Fact]
    public void A_cell_wrapped_below_the_first_grids_last_row_inside_one_of_its_columns_stays_in_the_first_table()
    {
        var document = LayoutTestSupport.Lay(Stacked("含上年结转", x: 150).Build());
        var tables = document.Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["其他资金", "10.5含上年结转", "10.5"], tables[0].RowTexts(2));
        Assert.Equal(["三级指标", "指标值", "完成值"], tables[1].RowTexts(0));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("结转"));
    }

    [Fact]
    public void A_line_between_rows_that_keep_the_columns_of_the_rows_above_leaves_one_table()
    {
        var table = Assert.Single(LayoutTestSupport.Lay(Stacked("二、绩效指标", lowerShift: 0).Build()).Tables);

        Assert.Equal(["资金来源", "预算数", "执行数"], table.RowTexts(0));
        Assert.Contains(Enumerable.Range(0, table.RowCount).Select(table.RowTexts), r => r.SequenceEqual(["库存真实率", "100%", "100%"]));
    }

    // A form of five columns over an indicator grid of four that starts its labels at the form's first two columns.
    private static SyntheticPage FormOverIndicators(string between)
    {
        var page = new SyntheticPage(1);
        string[][] form = [["项目名称", "公共服务", "主管部门", "文化和旅", "属性"], ["项目类型", "新增项目", "项目分类", "专项经费", "延续"],
            ["资金用途", "业务项目", "实施单位", "市博物馆", "其他"]];
        for (var i = 0; i < form.Length; i++)
            for (var c = 0; c < 5; c++) page.Word(form[i][c], 50 + 100 * c, 100 + 14 * i);
        page.Word(between, 50, 142);
        string[][] indicators = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "开放天数", "300天"],
            ["效益指标", "社会效益", "接待人次", "3万"]];
        double[] xs = [50, 150, 320, 420];
        for (var i = 0; i < indicators.Length; i++)
            for (var c = 0; c < 4; c++) page.Word(indicators[i][c], xs[c], 156 + 14 * i);
        return page;
    }

    [Fact]
    public void A_grid_sharing_only_its_stub_columns_with_the_form_above_a_line_across_them_is_a_table_of_its_own()
    {
        var tables = LayoutTestSupport.Lay(FormOverIndicators("需要说明的其他问题及事项").Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["资金用途", "业务项目", "实施单位", "市博物馆", "其他"], tables[0].RowTexts(2));
        Assert.Equal(3, tables[0].RowCount);
        var rows = Enumerable.Range(0, tables[1].RowCount).Select(tables[1].RowTexts).ToList();
        Assert.Contains(rows, r => r.SequenceEqual(["一级指标", "二级指标", "三级指标", "指标值"]));
        Assert.Contains(rows, r => r.SequenceEqual(["产出指标", "数量指标", "开放天数", "300天"]));
    }

    [Fact]
    public void A_line_kept_inside_the_first_column_between_a_form_and_its_indicators_leaves_one_table()
    {
        var table = Assert.Single(LayoutTestSupport.Lay(FormOverIndicators("其他依据").Build()).Tables);

        Assert.Equal(["项目名称", "公共服务", "主管部门", "文化和旅", "属性"], table.RowTexts(0));
    }
    // A goal block of two columns (a label beside its goal text, each row a padding below the last) over an indicator
    // grid of four, with a line between set at <paramref name="x"/>.
    private static SyntheticPage GoalsOverIndicators(string between, double x = 50)
    {
        var page = new SyntheticPage(1);
        (string, string)[] goals = [("目标1:", "开展风险隐患排查"), ("目标2:", "加大违法行为打击"), ("目标3:", "加强基层人员培训")];
        for (var i = 0; i < goals.Length; i++) page.Word(goals[i].Item1, 50, 100 + 14 * i).Word(goals[i].Item2, 200, 100 + 14 * i);
        page.Word(between, x, 142);
        string[][] indicators = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "300人"],
            ["效益指标", "社会效益", "宣传场次", "12场"]];
        double[] xs = [50, 130, 280, 420];
        for (var i = 0; i < indicators.Length; i++)
            for (var c = 0; c < 4; c++) page.Word(indicators[i][c], xs[c], 156 + 14 * i);
        return page;
    }

    [Fact]
    public void A_heading_at_the_stub_between_a_block_of_two_columns_and_a_grid_under_it_ends_the_block()
    {
        var tables = LayoutTestSupport.Lay(GoalsOverIndicators("年度绩效指标完成情况").Build()).Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["目标3:", "加强基层人员培训"], tables[0].RowTexts(2));
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"], tables[1].RowTexts(0));
        Assert.Equal(["产出指标", "数量指标", "培训人次", "300人"], tables[1].RowTexts(1));
    }

    [Fact]
    public void A_line_inside_a_column_between_a_block_of_two_columns_and_a_grid_does_not_part_them()
    {
        var table = Assert.Single(LayoutTestSupport.Lay(GoalsOverIndicators("金", x: 200).Build()).Tables);

        Assert.Equal("目标1:", table.RowTexts(0)[0]);
        Assert.Contains(Enumerable.Range(0, table.RowCount).Select(table.RowTexts), r => r.Contains("加强基层人员培训金"));
    }

    // The goal block's last label filling its narrow column and wrapped over two lines (年度总体 / 目标), its tail alone
    // at the stub at the pitch of wrapped text, over the indicator grid.
    private static SyntheticPage WrappedLabelOverIndicators()
    {
        var page = new SyntheticPage(1);
        (string, string)[] goals = [("目标一:", "开展风险隐患排查"), ("目标二:", "加大违法行为打击"), ("年度总体", "加强基层人员培训")];
        for (var i = 0; i < goals.Length; i++) page.Word(goals[i].Item1, 50, 100 + 14 * i).Word(goals[i].Item2, 105, 100 + 14 * i);
        page.Word("目标", 50, 140);
        string[][] indicators = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "300人"],
            ["效益指标", "社会效益", "宣传场次", "12场"]];
        double[] xs = [50, 130, 280, 420];
        for (var i = 0; i < indicators.Length; i++)
            for (var c = 0; c < 4; c++) page.Word(indicators[i][c], xs[c], 156 + 14 * i);
        return page;
    }

    [Fact]
    public void A_stub_label_wrapped_onto_a_line_of_its_own_above_a_grid_stays_with_its_row()
    {
        var document = LayoutTestSupport.Lay(WrappedLabelOverIndicators().Build());
        var rows = document.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(t.RowTexts)).ToList();

        Assert.Contains(rows, r => r[0] == "年度总体目标" && r[1] == "加强基层人员培训");
        Assert.Contains(rows, r => r.SequenceEqual(["一级指标", "二级指标", "三级指标", "指标值"]));
        Assert.Contains(rows, r => r.SequenceEqual(["产出指标", "数量指标", "培训人次", "300人"]));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text == "目标");
    }
}
