using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Spreadsheet;

/// <summary>
/// SpreadsheetML lets a row or a cell leave out its reference (r); streaming writers do. Such a row follows the
/// previous row and such a cell the previous cell of its row — they are not dropped.
/// </summary>
public sealed class UnreferencedCellsTests
{
    private static string Workbook(TempDirectory dir, string sheetData) =>
        RawWorkbook.Write(dir.File("streamed.xlsx"), $"<worksheet xmlns=\"{RawWorkbook.Main}\"><sheetData>{sheetData}</sheetData></worksheet>");

    private static string Cell(string text, string? reference = null) =>
        $"<c{(reference is null ? "" : $" r=\"{reference}\"")} t=\"inlineStr\"><is><t>{text}</t></is></c>";

    [Fact]
    public void Cells_and_rows_without_references_are_read_in_order()
    {
        using var dir = new TempDirectory();
        var path = Workbook(dir,
            "<row>" + Cell("三级指标") + Cell("指标值") + Cell("完成值") + "</row>" +
            "<row>" + Cell("接通率") + Cell("≥90%") + Cell("95%") + "</row>" +
            "<row>" + Cell("满意度") + Cell("≥85%") + Cell("92%") + "</row>");

        var table = Assert.Single(DefaultDocumentReader.Create().Read(path).Tables);

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("接通率", table.CellAt(1, 0)!.Text);
        Assert.Equal("92%", table.CellAt(2, 2)!.Text);
    }

    [Fact]
    public void A_cell_without_a_reference_follows_the_referenced_cell_before_it()
    {
        using var dir = new TempDirectory();
        var path = Workbook(dir,
            "<row r=\"2\">" + Cell("三级指标", "B2") + Cell("指标值") + Cell("完成值") + "</row>" +
            "<row>" + Cell("接通率", "B3") + Cell("≥90%", "D3") + Cell("95%") + "</row>");

        var table = Assert.Single(DefaultDocumentReader.Create().Read(path).Tables);

        Assert.Equal((2, 4), (table.RowCount, table.ColumnCount));
        Assert.Equal("完成值", table.CellAt(0, 2)!.Text);
        Assert.Equal("95%", table.CellAt(1, 3)!.Text);
    }

    [Fact]
    public void A_row_without_a_reference_follows_the_row_its_cells_named_before_it()
    {
        using var dir = new TempDirectory();
        var path = Workbook(dir,
            "<row>" + Cell("三级指标", "A3") + Cell("指标值", "B3") + "</row>" +
            "<row>" + Cell("接通率") + Cell("≥90%") + "</row>");

        var table = Assert.Single(DefaultDocumentReader.Create().Read(path).Tables);

        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("接通率", table.CellAt(1, 0)!.Text);
    }
}
