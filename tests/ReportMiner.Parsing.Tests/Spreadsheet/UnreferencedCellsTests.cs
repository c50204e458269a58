using System.IO.Compression;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Spreadsheet;

/// <summary>
/// SpreadsheetML lets a row or a cell leave out its reference (r); streaming writers do. Such a row follows the
/// previous row and such a cell the previous cell of its row — they are not dropped.
/// </summary>
public sealed class UnreferencedCellsTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static string Workbook(TempDirectory dir, string sheetData)
    {
        var path = dir.File("streamed.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Write(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }
        Write("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Write("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Write("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
              "<sheets><sheet name=\"目标表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Write("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Write("xl/worksheets/sheet1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>");
        return path;
    }

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
