using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>Reads Excel 2007+ workbooks (XLSX): each sheet's text rows become paragraphs and each form on it a table captioned with the sheet name.</summary>
public sealed class XlsxParser : IDocumentParser
{
    public bool CanParse(FileFormat format) => format == FileFormat.Xlsx;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        ZipGuard.Check(request.Path, request.Limits, cancellationToken);
        var builder = new DocumentBuilder(request.Path, FileFormat.Xlsx);
        var added = 0;
        try
        {
            using var workbook = SpreadsheetDocument.Open(request.Path, false);
            foreach (var block in WorkbookReader.ReadBlocks(workbook, cancellationToken))
            {
                if (block is SheetParagraph paragraph) builder.AddParagraph(paragraph.Text);
                else if (block is SheetTable table) builder.AddTable(table.Draft);
                added++;
            }
        }
        catch (SheetTooLargeException ex)
        {
            throw new DocumentParseException(ParseErrorKind.TooLarge, request.Path, ex.Message,
                "Split the sheet, or export the report's own tables to a smaller workbook.", ex);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException
            or XmlException or ArgumentOutOfRangeException or KeyNotFoundException)
        {
            throw Corrupt(request.Path, ex.Message, ex);
        }
        if (added == 0) builder.AddWarning("The workbook has no cells with values.");
        return builder.Build();
    }

    private static DocumentParseException Corrupt(string path, string detail, Exception? inner) =>
        new(ParseErrorKind.Corrupt, path, $"The Excel workbook (XLSX) is damaged and cannot be read: {detail}",
            "Open it in Excel or LibreOffice Calc and save it again as .xlsx.", inner);
}
