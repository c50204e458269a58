using System.Text;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Spreadsheet;

/// <summary>
/// A sheet of millions of cells is data, not a report: it is refused as soon as the cell limit is passed, read
/// forward only, so it costs neither the gigabytes of a tree of every cell nor the time to read to its end.
/// </summary>
public sealed class SheetLimitTests
{
    private static string Rows(int cells)
    {
        var xml = new StringBuilder();
        for (var i = 0; i < cells; i += 10)
        {
            xml.Append("<row>");
            for (var c = 0; c < 10; c++) xml.Append("<c><v>").Append(i + c).Append("</v></c>");
            xml.Append("</row>");
        }
        return xml.ToString();
    }

    [Fact]
    public void A_sheet_past_the_cell_limit_is_refused_before_its_end_is_read()
    {
        using var dir = new TempDirectory();
        // Past the limit the part is not even well-formed: a reader that loaded it whole would call it damaged.
        var path = RawWorkbook.Write(dir.File("data.xlsx"),
            $"<worksheet xmlns=\"{RawWorkbook.Main}\"><sheetData>{Rows(200_010)}<row><c><v>1</v></c></row><row>");

        var error = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(path));

        Assert.Equal(ParseErrorKind.TooLarge, error.Kind);
        Assert.Contains("more than 200,000 cells", error.Message);
    }

    [Fact]
    public void A_sheet_at_the_cell_limit_is_read()
    {
        using var dir = new TempDirectory();
        var path = RawWorkbook.Write(dir.File("data.xlsx"), $"<worksheet xmlns=\"{RawWorkbook.Main}\"><sheetData>{Rows(200_000)}</sheetData></worksheet>");

        var document = DefaultDocumentReader.Create().Read(path);

        Assert.Equal(200_000, document.Tables.Sum(t => t.Cells.Count));
    }

    [Fact]
    public void A_worksheet_nested_absurdly_deep_is_damaged_not_a_stack_overflow()
    {
        using var dir = new TempDirectory();
        var deep = string.Concat(Enumerable.Repeat("<x>", 5_000)) + string.Concat(Enumerable.Repeat("</x>", 5_000));
        var path = RawWorkbook.Write(dir.File("deep.xlsx"),
            $"<worksheet xmlns=\"{RawWorkbook.Main}\"><sheetData><row><c t=\"inlineStr\"><is><t>接通率</t>{deep}</is></c></row></sheetData></worksheet>");

        var error = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(path));

        Assert.Equal(ParseErrorKind.Corrupt, error.Kind);
    }
}
