using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Containers;
using ReportMiner.Parsing.Spreadsheet;

namespace ReportMiner.Parsing.Word;

/// <summary>
/// Excel worksheets embedded as objects in a Word document: reports often paste their 自评表 this way, and
/// Word shows only a picture of it. The embedded workbook is guarded like any XLSX and read as tables.
/// </summary>
internal sealed class WordEmbeddedWorkbooks(MainDocumentPart document, string path, ParseLimits limits,
    CancellationToken cancellationToken)
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public List<string> Warnings { get; } = [];

    public IReadOnlyList<TableDraft> Read(string relationshipId, int page)
    {
        if (!document.Parts.Any(p => p.RelationshipId == relationshipId)) return [];
        if (document.GetPartById(relationshipId) is not EmbeddedPackagePart { ContentType: WorkbookContentType } part) return [];
        var name = $"{path} (embedded {part.Uri})";
        using var buffer = new MemoryStream();
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read)) stream.CopyTo(buffer);
        buffer.Position = 0;
        ZipGuard.Check(buffer, name, limits, cancellationToken);
        buffer.Position = 0;
        try
        {
            using var workbook = SpreadsheetDocument.Open(buffer, false);
            return WorkbookReader.Read(workbook, cancellationToken).Select(d => OnPage(d, page)).ToList();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException
            or ArgumentOutOfRangeException or KeyNotFoundException or SheetTooLargeException)
        {
            Warnings.Add($"An embedded workbook ({part.Uri}) could not be read: {ex.Message}");
            return [];
        }
    }

    private static TableDraft OnPage(TableDraft sheet, int page)
    {
        var draft = new TableDraft(page) { Caption = sheet.Caption };
        foreach (var c in sheet.Cells) draft.AddCell(c.Row, c.Column, c.Text, c.RowSpan, c.ColumnSpan, page, c.Nested);
        return draft;
    }
}
