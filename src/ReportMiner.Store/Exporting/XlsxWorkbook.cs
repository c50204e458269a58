using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportMiner.Store.Exporting;

/// <summary>Writes sheets into an .xlsx file, one worksheet each, streamed so large tables stay small in memory.</summary>
public static class XlsxWorkbook
{
    public static void Write(IReadOnlyList<Sheet> sheets, string path) => AtomicFile.Write(path, stream => Write(sheets, stream));

    public static void Write(IReadOnlyList<Sheet> sheets, Stream stream) =>
        Write(sheets.Select(s => (s.Name, s.Columns, (IEnumerable<object?[]>)s.Rows)).ToArray(), stream);

    /// <summary>One worksheet whose rows are written as they are enumerated.</summary>
    public static void Write(string name, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, Stream stream) =>
        Write([(name, columns, rows)], stream);

    private static void Write(IReadOnlyList<(string Name, IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows)> sheets, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(worksheetPart, sheets[i].Columns, sheets[i].Rows);
            sheetList.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = (uint)(i + 1), Name = sheets[i].Name,
            });
        }
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, columns.Cast<object?>());
        foreach (var row in rows) WriteRow(writer, row);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<object?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values) writer.WriteElement(CellFor(value));
        writer.WriteEndElement();
    }

    private static Cell CellFor(object? value) => value switch
    {
        null => new Cell(),
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        long l => new Cell { DataType = CellValues.Number, CellValue = new CellValue((double)l) },
        int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(InertText.ForSpreadsheet(value.ToString() ?? ""))) },
    };
}
