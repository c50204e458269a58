using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>Reads Excel 2007+ workbooks (XLSX): each sheet's used range becomes a table captioned with the sheet name.</summary>
public sealed class XlsxParser : IDocumentParser
{
    public bool CanParse(FileFormat format) => format == FileFormat.Xlsx;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        ZipGuard.Check(request.Path, request.Limits, cancellationToken);
        var builder = new DocumentBuilder(request.Path, FileFormat.Xlsx);
        try
        {
            using var workbook = SpreadsheetDocument.Open(request.Path, false);
            var part = workbook.WorkbookPart ?? throw Corrupt(request.Path, "It has no workbook part.", null);
            var strings = SharedStrings.Load(part.SharedStringTablePart is { } s ? OpenXmlParts.Load(s) : null);
            var formats = NumberFormats.Load(part.WorkbookStylesPart is { } st ? OpenXmlParts.Load(st) : null);
            var reader = new SheetReader(strings, formats);
            foreach (var sheet in OpenXmlParts.Load(part).Child("sheets")?.Children("sheet") ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sheet.Attr("id") is not { } id || part.GetPartById(id) is not WorksheetPart sheetPart) continue;
                builder.AddTable(reader.Read(OpenXmlParts.Load(sheetPart), sheet.Attr("name") ?? string.Empty));
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException
            or XmlException or ArgumentOutOfRangeException or KeyNotFoundException)
        {
            throw Corrupt(request.Path, ex.Message, ex);
        }
        if (builder.TableCount == 0) builder.AddWarning("The workbook has no cells with values.");
        return builder.Build();
    }

    private static DocumentParseException Corrupt(string path, string detail, Exception? inner) =>
        new(ParseErrorKind.Corrupt, path, $"The Excel workbook (XLSX) is damaged and cannot be read: {detail}",
            "Open it in Excel or LibreOffice Calc and save it again as .xlsx.", inner);
}
