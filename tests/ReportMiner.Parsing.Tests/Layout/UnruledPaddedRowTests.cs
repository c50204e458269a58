using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Converted tables whose rows keep column widths of their own: in a row whose cells are filled to their edge, each cell
/// follows the one before only its padding apart (a third of a text height), a few points off the x the other rows
/// start that column at, so no start shared down the run parts them.
/// </summary>
public sealed class UnruledPaddedRowTests
{
    private const double Padding = 3.5;

    // Indicators under name, weight, target and actual columns starting at 120, 200, 230 and 300; the last row fills its
    // name and target cells, and its weight and actual value start a padding after them.
    private static SyntheticPage IndicatorsWithOnePackedRow(string packedName, string packedTarget)
    {
        var page = new SyntheticPage(1)
            .Word("二级指标", 50, 100).Word("三级指标", 120, 100).Word("分值", 200, 100).Word("指标值", 230, 100).Word("实际值", 300, 100);
        (string Level, string Name, string Weight, string Target, string Actual)[] rows =
        [
            ("数量指标", "培训人数", "10", "200人", "210人"),
            ("质量指标", "合格率", "10", "95%", "98%"),
            ("时效指标", "完成时间", "5", "年底", "年底"),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 120 + 14 * i;
            page.Word(rows[i].Level, 50, y).Word(rows[i].Name, 120, y).Word(rows[i].Weight, 200, y, Digit)
                .Word(rows[i].Target, 230, y, Digit).Word(rows[i].Actual, 300, y, Digit);
        }
        const double y4 = 120 + 14 * 3;
        var nameAt = 200 - 1.5 - Padding - packedName.Length * SyntheticPage.Size;
        var targetAt = 300 - 2 - Padding - packedTarget.Length * SyntheticPage.Size;
        return page.Word("成本指标", 50, y4).Word(packedName, nameAt, y4).Word("15", 198.5, y4, Digit)
            .Word(packedTarget, targetAt, y4).Word("符合要求", 298, y4);
    }

    [Fact]
    public void Cells_a_padding_apart_twice_on_a_line_are_parted_though_no_other_row_starts_there()
    {
        var table = Assert.Single(Lay(IndicatorsWithOnePackedRow("维修所需成本", "符合文件要求").Build()).Tables);

        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["成本指标", "维修所需成本", "15", "符合文件要求", "符合要求"], table.RowTexts(4));
    }
    [Fact]
    public void A_single_padding_wide_gap_in_a_line_stays_inside_its_cell()
    {
        // The last row's target is text with one gap as wide as a padding after its semicolon; its other cells are far apart.
        var page = IndicatorsWithOnePackedRow("维修所需成本", "符合文件要求")
            .Word("效益指标", 50, 190).Word("覆盖率", 120, 190).Word("10", 200, 190, Digit)
            .Word("达到;", 230, 190).Word("完好", 230 + 3 * SyntheticPage.Size + Padding, 190).Word("完好", 300, 190);

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(["效益指标", "覆盖率", "10", "达到;完好", "完好"], table.RowTexts(5));
    }

    [Fact]
    public void A_figure_a_narrow_gap_after_another_starts_a_cell_where_it_does_so_on_three_rows()
    {
        // Names wrapped over three lines beside a rate and a weight 3 pt apart (narrow columns), then the score.
        var page = new SyntheticPage(1);
        string[][] names = [["管理制度", "健全性", "有效性"], ["资金使用", "合规性", "安全性"], ["资产管理", "安全性", "完整性"], ["信息公开", "及时性", "准确性"]];
        string[] weights = ["3", "5", "2", "1"];
        for (var i = 0; i < names.Length; i++)
        {
            var y = 100 + 40 * i;
            for (var k = 0; k < 3; k++) page.Word(names[i][k], 50, y + 11 * k);
            page.Word("100%", 150, y + 11, Digit).Word(weights[i], 177, y + 11, Digit).Word(weights[i], 200, y + 11, Digit);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["资金使用合规性安全性", "100%", "5", "5"], table.RowTexts(1));
    }

    [Fact]
    public void Two_digit_figures_a_narrow_gap_apart_on_three_rows_are_two_cells_not_one_number_grouped_by_spaces()
    {
        // A weight and a score of two digits each, 3 pt apart in narrow columns (分值 15 | 得分 13), under wrapped names.
        var page = new SyntheticPage(1);
        string[][] names = [["管理制度", "健全性", "有效性"], ["资金使用", "合规性", "安全性"], ["资产管理", "安全性", "完整性"], ["信息公开", "及时性", "准确性"]];
        (string Weight, string Score)[] figures = [("15", "13"), ("15", "15"), ("10", "10"), ("20", "18")];
        for (var i = 0; i < names.Length; i++)
        {
            var y = 100 + 40 * i;
            for (var k = 0; k < 3; k++) page.Word(names[i][k], 50, y + 11 * k);
            page.Word("100%", 150, y + 11, Digit).Word(figures[i].Weight, 177, y + 11, Digit).Word(figures[i].Score, 192, y + 11, Digit);
        }

        var table = Assert.Single(Lay(page.Build()).Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["资金使用合规性安全性", "100%", "15", "15"], table.RowTexts(1));
    }
}
