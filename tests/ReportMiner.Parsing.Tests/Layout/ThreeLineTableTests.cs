using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>Three-line tables (三线表): a rule above the table, one under its first row and one below it, no verticals.</summary>
public sealed class ThreeLineTableTests
{
    // A form whose first row holds a long 项目名称 wrapped over three lines, its label centred beside them, under a top rule.
    private static SyntheticPage Form()
    {
        var page = new SyntheticPage(1).Line("项目支出绩效自评表", 200, 60).Horizontal(95, 45, 500);
        page.Line("二〇二〇年省级自然", 170, 100).Line("项目名称", 50, 106.5).Line("资源执法补助经费支", 170, 113).Line("出项目", 170, 126);
        page.Horizontal(140, 45, 500);
        string[] labels = ["主管部门", "实施单位", "年度资金", "其中财政", "其他资金"];
        for (var i = 0; i < labels.Length; i++)
        {
            var y = 146 + 13 * i;
            page.Line(labels[i], 50, y).Word($"{7 + i}.29", 170, y, Digit).Word($"{10 + i}.00", 300, y, Digit);
        }
        return page.Horizontal(146 + 13 * labels.Length + 2, 45, 500);
    }

    [Fact]
    public void The_lines_between_the_top_rule_and_the_first_row_with_wide_gaps_belong_to_the_table()
    {
        var doc = Lay(Form().Build());

        var table = Assert.Single(doc.Tables);
        Assert.Equal(["项目支出绩效自评表"], doc.Paragraphs.Select(p => p.Text));
        Assert.Equal("项目名称", table.Cells[0].Text);
        Assert.Contains("二〇二〇年省级自然", string.Concat(table.Cells.Select(c => c.Text)));
    }
}
