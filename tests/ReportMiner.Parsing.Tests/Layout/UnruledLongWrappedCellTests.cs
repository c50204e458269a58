using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// A borderless form whose one cell wraps over many lines beside its label, centred on them (项目概述 beside a long
/// description): the lines between the rows with wide gaps each stay inside one column of the table, so the table
/// goes on through them instead of ending at the description and losing the rows below it.
/// </summary>
public sealed class UnruledLongWrappedCellTests
{
    private const double Pitch = 12;

    // Columns start at 50, 120, 200 and 260; the description's lines start at 120 and end before 200.
    private static SyntheticPage FormWithLongCell(string[] description, double descriptionX = 120)
    {
        var page = new SyntheticPage(1)
            .Word("项目名称", 50, 100).Word("某某项目", 120, 100).Word("预算金额", 200, 100).Word("36", 260, 100, Digit)
            .Word("实施单位", 50, 118).Word("某某局", 120, 118).Word("负责人", 200, 118).Word("张三", 260, 118);
        var top = 136.0;
        for (var i = 0; i < description.Length; i++) page.Word(description[i], descriptionX, top + Pitch * i);
        // The label sits midway down the description, between two of its lines.
        page.Word("项目概述", 50, top + Pitch * (description.Length - 1) / 2.0 + Pitch / 2);
        var below = top + Pitch * description.Length + 6;
        return page.Word("一级指标", 50, below).Word("指标名称", 120, below).Word("指标值", 200, below).Word("实际值", 260, below)
            .Word("产出指标", 50, below + 18).Word("巡查次数", 120, below + 18).Word("8", 200, below + 18, Digit).Word("8", 260, below + 18, Digit)
            .Word("效益指标", 50, below + 36).Word("覆盖人次", 120, below + 36).Word("20", 200, below + 36, Digit).Word("21", 260, below + 36, Digit);
    }

    private static readonly string[] LongDescription = ["根据文物保", "护法第十条", "规定和实施", "意见的要求", "县级以上政", "府应将经费", "列入预算。"];

    [Fact]
    public void A_cell_wrapped_over_many_lines_inside_its_column_keeps_the_table_going()
    {
        var document = Lay(FormWithLongCell(LongDescription).Build());

        var table = Assert.Single(document.Tables);
        Assert.Contains(table.Cells, c => c.Text == "效益指标");
        Assert.Contains(table.Cells, c => c.Text.Contains("根据文物保"));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("根据文物保"));
    }

    [Fact]
    public void A_paragraph_across_the_columns_still_ends_the_table()
    {
        // The same lines set across the columns from the left margin (running text, not a cell) are no table's.
        string[] prose = LongDescription.Select(l => l + "并加强文物安全管理工作").ToArray();
        var document = Lay(FormWithLongCell(prose, 50).Build());

        Assert.Contains(document.Paragraphs, p => p.Text.Contains("根据文物保"));
        Assert.DoesNotContain(document.Tables, t => t.Cells.Any(c => c.Text.Contains("根据文物保")));
    }
}
