using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>The worksheets of an open workbook in workbook order; empty sheets are skipped.</summary>
internal static class WorkbookReader
{
    /// <summary>Each sheet whole, as one table (a workbook embedded in a Word document).</summary>
    public static IEnumerable<TableDraft> Read(SpreadsheetDocument workbook, CancellationToken cancellationToken) =>
        Sheets(workbook, cancellationToken).Select(g => g.ToTable());

    /// <summary>Each sheet as paragraphs and forms, the way its report reads (a workbook opened on its own).</summary>
    public static IEnumerable<SheetBlock> ReadBlocks(SpreadsheetDocument workbook, CancellationToken cancellationToken) =>
        Sheets(workbook, cancellationToken).SelectMany(SheetLayout.Blocks);

    private static IEnumerable<SheetGrid> Sheets(SpreadsheetDocument workbook, CancellationToken cancellationToken)
    {
        var part = workbook.WorkbookPart ?? throw new InvalidDataException("It has no workbook part.");
        var strings = SharedStrings.Load(part.SharedStringTablePart is { } s ? OpenXmlParts.Stream(s) : null);
        var formats = NumberFormats.Load(part.WorkbookStylesPart is { } st ? OpenXmlParts.Load(st) : null);
        var reader = new SheetReader(strings, formats);
        foreach (var sheet in OpenXmlParts.Load(part).Child("sheets")?.Children("sheet") ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sheet.Attr("id") is not { } id || part.GetPartById(id) is not WorksheetPart sheetPart) continue;
            SheetGrid grid;
            using (var xml = OpenXmlParts.Reader(sheetPart)) grid = reader.Read(xml, sheet.Attr("name") ?? string.Empty);
            if (grid.Cells.Count > 0) yield return grid;
        }
    }
}
