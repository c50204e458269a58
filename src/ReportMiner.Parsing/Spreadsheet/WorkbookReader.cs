using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>Each worksheet of an open workbook as a table draft, in workbook order; empty sheets are skipped.</summary>
internal static class WorkbookReader
{
    public static IEnumerable<TableDraft> Read(SpreadsheetDocument workbook, CancellationToken cancellationToken)
    {
        var part = workbook.WorkbookPart ?? throw new InvalidDataException("It has no workbook part.");
        var strings = SharedStrings.Load(part.SharedStringTablePart is { } s ? OpenXmlParts.Load(s) : null);
        var formats = NumberFormats.Load(part.WorkbookStylesPart is { } st ? OpenXmlParts.Load(st) : null);
        var reader = new SheetReader(strings, formats);
        foreach (var sheet in OpenXmlParts.Load(part).Child("sheets")?.Children("sheet") ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sheet.Attr("id") is not { } id || part.GetPartById(id) is not WorksheetPart sheetPart) continue;
            var draft = reader.Read(OpenXmlParts.Load(sheetPart), sheet.Attr("name") ?? string.Empty);
            if (draft.Cells.Count > 0) yield return draft;
        }
    }
}
