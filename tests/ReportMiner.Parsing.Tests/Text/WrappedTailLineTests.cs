using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Tests.Text;

/// <summary>A short untabbed line between two rows of a tab table (a wrapped cell's tail) does not turn the rest of
/// the table into prose: the table is written as its parts with the line between them.</summary>
public sealed class WrappedTailLineTests
{
    private static Document Parse(string text) => TextParsing.Parse(text);

    [Fact]
    public void A_single_row_between_two_short_lines_stays_a_table_row()
    {
        var document = Parse("三级指标\t指标值\t分值\n足额保障率(参\t100%\t30\n保率)\n发放覆盖率\t100%\t60\n率)\n按时足额发放率\t100%\t10\n");
        Assert.Equal(3, document.Tables.Count());
        Assert.Equal(["发放覆盖率", "100%", "60"], document.Tables.ElementAt(1).RowTexts(0));
        Assert.Equal(["保率)", "率)"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void The_line_keeps_its_place_between_the_parts()
    {
        var document = Parse("三级指标\t指标值\t分值\n植树数量\t500棵\t10\n(株)\n苗木成活率\t90%\t10\n");
        Assert.Equal(["Table", "Paragraph", "Table"], document.Blocks.Select(b => b.GetType().Name));
    }

    [Fact]
    public void A_line_of_two_cells_after_the_short_line_is_no_row_and_stays_prose()
    {
        var document = Parse("三级指标\t指标值\t分值\n植树数量\t500棵\t10\n附表2\n单位名称：林业站\t填报日期：2023年3月\n");
        Assert.Single(document.Tables);
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("单位名称", StringComparison.Ordinal));
    }

    // A form's numbered slots filled in (R174's "指标1:新建保鲜库数量"): the colon after the slot's number is no form label.
    [Fact]
    public void A_row_whose_name_fills_a_numbered_slot_stays_a_table_row_after_the_short_line()
    {
        var document = Parse("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t指标1:新建保鲜\t1座\n库数量\n指标2:新建保鲜库面积\t3550平方米\n");
        Assert.Equal(2, document.Tables.Count());
        Assert.Equal(["指标2:新建保鲜库面积", "3550平方米"], document.Tables.ElementAt(1).RowTexts(0));
    }

    [Fact]
    public void A_form_label_after_a_slot_number_still_ends_the_table()
    {
        var document = Parse("三级指标\t指标值\t分值\n植树数量\t500棵\t10\n附表2\n指标1:植树\t填报日期：2023年3月\n");
        Assert.Single(document.Tables);
    }

    [Fact]
    public void A_long_line_of_prose_still_ends_the_table()
    {
        var document = Parse("三级指标\t分值\n植树数量\t10\n本年度共完成植树造林任务三千余亩，苗木成活率达到百分之九十以上。\n苗木成活率\t10\n");
        Assert.Single(document.Tables);
    }

    [Fact]
    public void Two_short_lines_in_a_row_end_the_table()
    {
        var document = Parse("三级指标\t分值\n植树数量\t10\n二、评分\n说明如下\n苗木成活率\t10\n");
        Assert.Single(document.Tables);
    }

    [Fact]
    public void Blank_rows_and_a_lone_level_label_after_the_short_line_do_not_end_the_table()
    {
        var document = Parse("二级指标\t三级指标\t指标值\t分值\n质量指标\t日常考核\t100%\t10\n结果\n\t\t\t\n时效指标\t\t\t\n\t\t\t\n\t\t\t\n"
                             + "成本指标\t运行维护费\t150万\t10\n");
        Assert.Contains(RowsOf(document.Tables.ElementAt(1)), row => row.SequenceEqual(["成本指标", "运行维护费", "150万", "10"]));
    }

    [Fact]
    public void A_row_of_two_cells_behind_blank_rows_still_ends_the_table()
    {
        var document = Parse("三级指标\t指标值\t分值\n植树数量\t500棵\t10\n附表2\n\t\t\n单位名称：林业站\t填报日期：2023年3月\n苗木成活率\t90%\t10\n");
        Assert.Contains(document.Paragraphs, p => p.Text == "附表2");
        Assert.DoesNotContain(RowsOf(document.Tables.First()), row => row.Contains("苗木成活率"));
    }

    [Fact]
    public void Rows_of_a_name_and_a_value_under_a_wide_row_stay_table_rows_around_a_short_line()
    {
        var document = Parse("二级指标\t三级指标\t指标值\n数量指标\t新建道路里程\t12公里\n道路验收合\t100%\n格率\n工程按期完工情况\t按期完工\n");
        Assert.Equal(["Table", "Paragraph", "Table"], document.Blocks.Select(b => b.GetType().Name));
        Assert.Equal(["工程按期完工情况", "按期完工"], document.Tables.ElementAt(1).RowTexts(0));
    }

    [Fact]
    public void A_row_of_two_cells_without_a_wide_row_before_it_stays_prose()
    {
        var document = Parse("项目名称\t乡村道路\n(续)\n道路验收合格率\t100%\n");
        Assert.Empty(document.Tables);
    }

    // A target form's groups left empty lose their tabs in a text export, one label under the other, before the form's
    // last row: that row is still a table row, the labels paragraphs in their places.
    [Fact]
    public void Level_labels_of_empty_groups_one_under_the_other_keep_the_last_row_a_table_row()
    {
        var document = Parse("一级指标\t二级指标\t三级指标\t指标值\n效益指标\t社会效益指标\t道路通行条件改善\t明显改善\n"
                             + "生态效益指标\n可持续影响指标（10分）\n满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n审核意见\n");
        Assert.Equal(["Table", "Paragraph", "Paragraph", "Table", "Paragraph"], document.Blocks.Select(b => b.GetType().Name));
        Assert.Equal(["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"], document.Tables.ElementAt(1).RowTexts(0));
        Assert.Equal(["生态效益指标", "可持续影响指标（10分）", "审核意见"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Two_short_lines_of_which_one_is_no_level_label_still_end_the_table()
    {
        var document = Parse("一级指标\t二级指标\t三级指标\t指标值\n效益指标\t社会效益指标\t道路通行条件改善\t明显改善\n"
                             + "生态效益指标\n附表3\n满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n");
        Assert.Single(document.Tables);
    }

    private static IEnumerable<string[]> RowsOf(Table table) => Enumerable.Range(0, table.RowCount).Select(r => table.RowTexts(r).ToArray());
}
