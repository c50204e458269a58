using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Tests.Model;

public sealed class TableTests
{
    private static readonly Provenance Here = new(1);

    private static TableCell Cell(string text, int row, int column, int columnSpan = 1) => new(text, row, column, 1, columnSpan, Here);

    [Fact]
    public void Row_cells_are_the_origin_cells_of_the_row_from_left_to_right_whatever_order_they_were_given_in()
    {
        var table = new Table(0, 2, 3, [Cell("得分", 0, 2), Cell("指标", 0, 0, columnSpan: 2), Cell("满意度", 1, 0), Cell("95%", 1, 2)], Here);

        Assert.Equal(["指标", "得分"], table.RowCells(0).Select(c => c.Text));
        Assert.Equal(["满意度", "95%"], table.RowCells(1).Select(c => c.Text));
        Assert.Empty(table.RowCells(5));
    }

    [Fact]
    public void A_copy_with_other_cells_reads_its_own_cells_after_the_original_was_read()
    {
        var table = new Table(0, 1, 2, [Cell("指标", 0, 0), Cell("分值", 0, 1)], Here);
        Assert.Equal("分值", table.CellAt(0, 1)!.Text);
        Assert.Equal(2, table.RowCells(0).Count());

        var copy = table with { Cells = [Cell("指标名称", 0, 0)] };

        Assert.Null(copy.CellAt(0, 1));
        Assert.Equal(["指标名称"], copy.RowCells(0).Select(c => c.Text));
        Assert.Equal(2, table.RowCells(0).Count());
    }
}
