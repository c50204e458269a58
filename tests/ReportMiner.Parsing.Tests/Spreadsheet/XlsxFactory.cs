using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportMiner.Parsing.Tests.Spreadsheet;

/// <summary>Builds small workbooks with the Open XML SDK: shared and inline strings, styled numbers, merges.</summary>
public sealed class XlsxFactory
{
    private readonly List<(string Name, List<Cell> Cells, List<string> Merges, HashSet<uint> HiddenRows, HashSet<uint> HiddenColumns)> _sheets = [];
    private readonly List<string> _shared = [];

    // Style indexes into the cellXfs written by Save: 0 General, 1 "0%", 2 "0.00%", 3 "#,##0.00", 4 custom "yyyy"年"m"月"d"日"".
    public const uint General = 0, Percent = 1, PercentTwo = 2, Thousands = 3, ChineseDate = 4;

    public XlsxFactory Sheet(string name)
    {
        _sheets.Add((name, [], [], [], []));
        return this;
    }

    /// <summary>Hides a row (1-based, as Excel numbers it) of the current sheet.</summary>
    public XlsxFactory HideRow(uint row)
    {
        _sheets[^1].HiddenRows.Add(row);
        return this;
    }

    /// <summary>Hides a column (1-based: A is 1) of the current sheet.</summary>
    public XlsxFactory HideColumn(uint column)
    {
        _sheets[^1].HiddenColumns.Add(column);
        return this;
    }

    public XlsxFactory Shared(string reference, string text)
    {
        _shared.Add(text);
        return Add(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((_shared.Count - 1).ToString()) });
    }

    public XlsxFactory Inline(string reference, string text) =>
        Add(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) });

    public XlsxFactory Number(string reference, double value, uint style = General) =>
        Add(new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(value) });

    public XlsxFactory Error(string reference, string formula, string error) =>
        Add(new Cell { CellReference = reference, DataType = CellValues.Error, CellFormula = new CellFormula(formula), CellValue = new CellValue(error) });

    public XlsxFactory Merge(string range)
    {
        _sheets[^1].Merges.Add(range);
        return this;
    }

    public string Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(_shared.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s))));
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        uint id = 1;
        foreach (var (name, cells, merges, hiddenRows, hiddenColumns) in _sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var rows = cells.GroupBy(c => RowNumber(c.CellReference!)).OrderBy(g => g.Key)
                .Select(g => new Row(g.Select(c => (Cell)c.CloneNode(true))) { RowIndex = g.Key, Hidden = hiddenRows.Contains(g.Key) ? new BooleanValue(true) : null });
            part.Worksheet = new Worksheet();
            if (hiddenColumns.Count > 0)
                part.Worksheet.Append(new Columns(hiddenColumns.Order().Select(c => new Column { Min = c, Max = c, Hidden = true, Width = 9, CustomWidth = true })));
            part.Worksheet.Append(new SheetData(rows));
            if (merges.Count > 0)
                part.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        return path;
    }

    private XlsxFactory Add(Cell cell)
    {
        _sheets[^1].Cells.Add(cell);
        return this;
    }

    private static uint RowNumber(string reference) => uint.Parse(new string(reference.Where(char.IsDigit).ToArray()));

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }),
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true }));
}
