using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Layout.LayoutTestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Borderless tables with little cell padding (a third of a text height in LibreOffice's HTML tables): a weight column
/// whose cells start at one x down the whole table, some after a full name cell's padding, one after a wider gap.
/// </summary>
public sealed class UnruledPaddingColumnStartTests
{
    private const double Padding = 3.4;
    private const double WeightAt = 50 + 40 + Padding;

    // Rows without a weight of their own lie between those with one, so no row with a weight is near another.
    private static SyntheticPage SparseWeights()
    {
        var page = new SyntheticPage(1).Word("三级指标", 50, 100).Word("分值", WeightAt, 100).Word("得分", 200, 100);
        (string Name, string? Weight, string Score)[] rows =
        [
            ("目标内容", "4", "4"), ("决策程序", null, "5"), ("分配结果", null, "6"), ("到位时效", null, "2"),
            ("到位率", "3", "3"), ("财务管理", null, "3"), ("管理制度", null, "9"), ("产出质量", null, "4"), ("产出数量", "5", "5"),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 120 + 14 * i;
            page.Word(rows[i].Name, 50, y).Word(rows[i].Score, 200, y, Digit);
            if (rows[i].Weight is { } weight) page.Word(weight, WeightAt, y, Digit);
        }
        return page;
    }

    [Fact]
    public void A_figure_a_padding_after_a_full_name_cell_starts_the_column_that_cells_far_above_start_at_too()
    {
        var table = Assert.Single(Lay(SparseWeights().Build()).Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["三级指标", "分值", "得分"], table.RowTexts(0));
        Assert.Equal(["产出数量", "5", "5"], table.RowTexts(table.RowCount - 1));
    }
}
