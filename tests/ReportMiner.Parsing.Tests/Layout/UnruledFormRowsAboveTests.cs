using ReportMiner.Documents.Model;

using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless forms whose first rows have no wide gap on any line: a long 项目名称 wraps over two lines with its
/// label centred between them, or a three-line name sits beside a two-line label and one-line cells, all centred on
/// one row. Rows are 13 pt apart, the lines of a wrapped cell 2 pt.
/// </summary>
public sealed class UnruledFormRowsAboveTests
{
    private static SyntheticPage FormRowsBelow(SyntheticPage page, double y)
    {
        (string, string, string, string)[] rows = [("主管部门", "农业农村局", "实施单位", "土肥站"), ("项目属性", "持续性项目", "项目类别", "专项"), ("联系人", "张三", "联系电话", "12345")];
        foreach (var (a, b, c, d) in rows)
        {
            page.Word(a, 50, y).Word(b, 130, y).Word(c, 250, y).Word(d, 330, y);
            y += 23;
        }
        return page;
    }

    private static string[] Filled(Table table, int row) => [.. table.RowTexts(row).Where(t => t.Length > 0)];

    [Fact]
    public void A_label_centred_between_the_two_lines_of_its_wrapped_value_is_the_forms_first_row()
    {
        var page = new SyntheticPage(1).Word("项目支出绩效自评表", 50, 60)
            .Word("中央化肥减量增效示范", 130, 100).Word("项目名称", 50, 106).Word("县项目资金", 130, 112);

        var table = Assert.Single(Lay(FormRowsBelow(page, 135).Build()).Tables);

        Assert.Equal(["项目名称", "中央化肥减量增效示范县项目资金"], Filled(table, 0));
        Assert.Equal(["主管部门", "农业农村局", "实施单位", "土肥站"], Filled(table, 1));
    }

    [Fact]
    public void A_rule_under_a_wrapped_first_row_leaves_its_upper_lines_in_the_form()
    {
        var page = new SyntheticPage(1).Word("项目支出绩效自评表", 50, 60)
            .Word("中央化肥减量增效示范", 130, 100).Word("项目名称", 50, 106)
            .Word("县项目资金", 130, 112).Word("项目类别", 250, 112).Word("专项", 330, 112)
            .Horizontal(127, 45, 420);

        var table = Assert.Single(Lay(FormRowsBelow(page, 135).Build()).Tables);

        Assert.Equal(["项目名称", "中央化肥减量增效示范县项目资金", "项目类别", "专项"], Filled(table, 0));
    }

    [Fact]
    public void A_caption_over_the_first_column_set_like_a_row_above_the_form_stays_outside_it()
    {
        var page = new SyntheticPage(1).Word("单位:万元", 50, 112);

        var document = Lay(FormRowsBelow(page, 135).Build());

        var table = Assert.Single(document.Tables);
        Assert.Equal(["主管部门", "农业农村局", "实施单位", "土肥站"], Filled(table, 0));
    }

    [Fact]
    public void Cells_of_three_two_and_one_lines_centred_on_one_row_make_one_row()
    {
        var page = new SyntheticPage(1)
            .Word("古昌镇大青冈", 330, 100).Word("项目(专项)", 250, 105.5)
            .Word("申报单位", 50, 111).Word("区林业局", 130, 111).Word("村乡村振兴绿", 330, 111)
            .Word("名称", 250, 116.5).Word("化美化项目", 330, 122);

        var table = Assert.Single(Lay(FormRowsBelow(page, 147).Build()).Tables);


        // Where the two-line label lands is up to the column spreading of lone labels; that it stays in the row is not.
        Assert.Contains("古昌镇大青冈村乡村振兴绿化美化项目", Filled(table, 0));
        Assert.Contains("名称", string.Concat(Filled(table, 0)));
        Assert.Equal(["主管部门", "农业农村局", "实施单位", "土肥站"], Filled(table, 1));
    }

    [Fact]
    public void A_label_filling_its_column_wrapped_onto_the_first_wide_gap_line_keeps_its_first_half()
    {
        // 资金情况(万 fills the label column up to the padding before the next column; 元) goes on under it.
        var page = new SyntheticPage(1).Word("项目目标表", 50, 60).Word("资金情况(万", 50, 100)
            .Word("元)", 50, 112).Word("资金总额", 130, 112).Word("35", 250, 112, Digit).Word("万元", 330, 112);

        var table = Assert.Single(Lay(FormRowsBelow(page, 135).Build()).Tables);

        Assert.Equal("资金情况(万元)", Filled(table, 0)[0]);
    }
}
