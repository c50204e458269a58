using ReportMiner.Documents.Model;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Text;

public sealed class SpacedTableRowTests
{
    private static Document Parse(string text) => TextParsing.Parse(text);

    private static string Blank(int lines) => new('\n', lines);

    [Fact]
    public void A_header_row_several_blank_lines_above_its_first_row_stays_in_one_table_with_it()
    {
        var document = Parse("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n" + Blank(4)
                             + "(50分)\t数量指标\t指标1:宣传场次\t≥1场\t1场\t12\t12\n\t\t指标2:检测试剂\t≥200份\t320份\t12\t12\n");
        var table = Assert.Single(document.Tables);
        Assert.Equal(3, table.RowCount);
        Assert.Equal("(50分)", table.CellAt(1, 0)!.Text);
    }

    [Fact]
    public void Rows_each_standing_several_blank_lines_below_the_one_before_stay_one_table_under_their_header()
    {
        var document = Parse("三级指标\t指标权重\t计量单位\t指标值\t全年实际完成值\t产生差异的原因\n" + Blank(4)
                             + "零售额增速\t25\t%\t9.5\t25.6\n" + Blank(5)
                             + "进出口总额\t25\t亿元\t17.5\t28.6\n" + Blank(5)
                             + "新增企业\t13\t\t23\t33\n" + Blank(5));
        var table = Assert.Single(document.Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal("新增企业", table.CellAt(3, 0)!.Text);
    }

    [Fact]
    public void A_lone_level_label_and_a_slot_row_among_the_blank_lines_do_not_end_a_spaced_table()
    {
        var document = Parse("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n" + Blank(4)
                             + "产出指标\t数量指标\t指标1:培训人次\t≥100人次\t120人次\n" + Blank(4)
                             + "指标2\t\t\t\t\n" + Blank(4) + "质量指标\n" + Blank(4)
                             + "\t\t指标1:合格率\t100%\t100%\n" + Blank(4));
        var tables = document.Tables.ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal("指标2", tables[0].CellAt(2, 0)!.Text);
        Assert.Equal("指标1:合格率", tables[1].Cells.Single(c => c.Text.StartsWith("指标1:合", StringComparison.Ordinal)).Text);
        Assert.Contains("质量指标", document.Text);
    }

    [Fact]
    public void A_line_of_prose_after_the_blank_lines_ends_a_spaced_table()
    {
        var document = Parse("三级指标\t指标值\t实际完成值\n" + Blank(4) + "零售额增速\t9.5%\t25.6%\n" + Blank(4)
                             + "填表说明\n" + Blank(4) + "甲\t乙\n丙\t丁\n");
        Assert.Equal(2, document.Tables.Count());
        Assert.Equal(2, document.Tables.First().RowCount);
    }

    [Fact]
    public void A_new_header_row_after_the_blank_lines_starts_a_table_of_its_own()
    {
        var document = Parse("三级指标\t指标值\t实际完成值\n" + Blank(4) + "零售额增速\t9.5%\t25.6%\n" + Blank(4)
                             + "三级指标\t计量单位\t指标值\n" + Blank(4) + "进出口总额\t亿元\t17.5\n");
        Assert.Equal(2, document.Tables.Count());
    }

    [Fact]
    public void A_row_wider_than_the_header_after_the_blank_lines_ends_a_spaced_table()
    {
        var document = Parse("三级指标\t指标值\t实际完成值\n" + Blank(4) + "零售额增速\t9.5%\t25.6%\n" + Blank(4)
                             + "合计\t100\t95\t甲\t乙\n项目\t1\t2\t3\t4\n");
        Assert.Equal(2, document.Tables.Count());
    }

    [Fact]
    public void Blank_lines_under_a_row_of_a_packed_table_still_end_it()
    {
        var document = Parse("三级指标\t指标值\n植树数量\t10\n" + Blank(4) + "管护及时率\t5\n巡查次数\t5\n");
        Assert.Equal(2, document.Tables.Count());
    }

    [Fact]
    public void More_blank_lines_than_a_page_spaces_its_rows_end_a_spaced_table()
    {
        var document = Parse("三级指标\t指标值\t实际完成值\n" + Blank(4) + "零售额增速\t9.5%\t25.6%\n" + Blank(8)
                             + "进出口总额\t17.5\t28.6\n其他\t1\t2\n");
        Assert.Equal(2, document.Tables.Count());
    }
}
