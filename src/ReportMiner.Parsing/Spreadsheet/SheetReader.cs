using System.Globalization;
using System.Text;
using System.Xml;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>
/// One worksheet's used range as the reader sees it: merged ranges become one spanning cell, and hidden rows and
/// columns are left out (a reader never saw them), so rows and columns are counted among the visible ones.
/// </summary>
internal sealed class SheetReader(IReadOnlyList<string> sharedStrings, NumberFormats formats)
{
    /// <summary>Far more than any report's table; a sheet beyond it is data, not a report, and would exhaust memory.</summary>
    public const int MaxCells = 200_000;

    /// <summary>Rows × columns of the used range: one stray cell at XFD1048576 must not make a 17-billion-cell grid.</summary>
    public const long MaxGridCells = 4_000_000;

    private const int MaxColumns = 16_384;

    /// <summary>Reads the worksheet part forward only: a sheet past the cell limit is refused as soon as the limit is passed.</summary>
    public SheetGrid Read(XmlReader worksheet, string sheetName)
    {
        var hiddenColumns = new HashSet<int>();
        var values = new Dictionary<CellReference, string>();
        var hiddenRows = new HashSet<int>();
        var mergeRanges = new List<(CellReference From, CellReference To)>();
        // Rows and cells may leave out their reference (r is optional in SpreadsheetML; streaming writers omit it):
        // such a row follows the previous row, such a cell the previous cell of its row.
        var rowIndex = -1;
        var column = -1;
        var rowHidden = false;
        var inRow = false;
        // The worksheet child being read; only the first sheetData, cols and mergeCells count.
        string? section = null;
        var sections = new HashSet<string>();
        worksheet.MoveToContent();
        while (!worksheet.EOF)
        {
            CheckDepth(worksheet.Depth);
            if (worksheet.NodeType != XmlNodeType.Element) { worksheet.Read(); continue; }
            var name = worksheet.LocalName;
            if (worksheet.Depth == 2) inRow = section == "sheetData" && name == "row";
            if (worksheet.Depth == 1) section = sections.Add(name) ? name : null;
            else if (worksheet.Depth == 2 && inRow)
            {
                rowIndex = int.TryParse(worksheet.GetAttribute("r"), out var number) && number >= 1 ? number - 1 : rowIndex + 1;
                rowHidden = IsTrue(worksheet.GetAttribute("hidden"));
                if (rowHidden) hiddenRows.Add(rowIndex);
                column = -1;
            }
            else if (worksheet.Depth == 3 && inRow && name == "c")
            {
                var (reference, text) = ReadCell(worksheet);
                CellReference? at = string.IsNullOrEmpty(reference) ? new CellReference(rowIndex, column + 1) : CellReference.Parse(reference);
                if (at is not { } position) continue;
                // A referenced cell in a row without a reference says which row this is, for the rows after it.
                rowIndex = position.Row;
                column = position.Column;
                if (text is { Length: > 0 })
                {
                    values[position] = text;
                    if (rowHidden) hiddenRows.Add(position.Row);
                    if (values.Count > MaxCells)
                        throw new SheetTooLargeException($"Sheet '{sheetName}' has more than {MaxCells:N0} cells with values, the most ReportMiner reads in one sheet.");
                }
                continue;
            }
            else if (worksheet.Depth == 2 && section == "cols" && name == "col" && IsTrue(worksheet.GetAttribute("hidden"))
                     && int.TryParse(worksheet.GetAttribute("min"), out var min) && int.TryParse(worksheet.GetAttribute("max"), out var max))
            {
                for (var c = Math.Max(1, min); c <= Math.Min(max, MaxColumns); c++) hiddenColumns.Add(c - 1);
            }
            else if (worksheet.Depth == 2 && section == "mergeCells" && name == "mergeCell"
                     && CellReference.ParseRange(worksheet.GetAttribute("ref")) is { } range)
            {
                mergeRanges.Add(range);
                if (mergeRanges.Count > MaxCells)
                    throw new SheetTooLargeException($"Sheet '{sheetName}' has more than {MaxCells:N0} merged ranges, the most ReportMiner reads in one sheet.");
            }
            worksheet.Read();
        }

        var merges = mergeRanges.Where(m => values.ContainsKey(m.From) || m.From != m.To).ToList();

        if (values.Count == 0) return new SheetGrid(sheetName, [], 0);
        // The used range is where values are: a merge reaching past it (a whole-sheet merge, say) is cut to it.
        var top = values.Keys.Min(c => c.Row);
        var left = values.Keys.Min(c => c.Column);
        var bottom = values.Keys.Max(c => c.Row);
        var right = values.Keys.Max(c => c.Column);
        if ((long)(bottom - top + 1) * (right - left + 1) > MaxGridCells)
            throw new SheetTooLargeException($"Sheet '{sheetName}' spans {bottom - top + 1:N0} rows by {right - left + 1:N0} columns; " +
                                             $"ReportMiner reads sheets of up to {MaxGridCells:N0} grid cells.");

        var rowAt = VisibleIndex(top, bottom, hiddenRows.Contains);
        var columnAt = VisibleIndex(left, right, hiddenColumns.Contains);
        bool Visible(CellReference c) => rowAt[c.Row - top] >= 0 && columnAt[c.Column - left] >= 0;
        // Visible rows (or columns) from a to b inclusive, counted in the used range's own offsets.
        static int Count(int[] index, int a, int b)
        {
            var n = 0;
            for (var i = a; i <= b; i++) if (index[i] >= 0) n++;
            return n;
        }

        var cells = new List<GridCell>();
        var covered = new HashSet<CellReference>();
        foreach (var (from, end) in merges.Where(m => values.ContainsKey(m.From)))
        {
            var to = new CellReference(Math.Min(end.Row, bottom), Math.Min(end.Column, right));
            if (to.Row < from.Row || to.Column < from.Column) continue;
            for (var r = from.Row; r <= to.Row; r++)
                for (var c = from.Column; c <= to.Column; c++)
                    covered.Add(new CellReference(r, c));
            if (!Visible(from)) continue;
            cells.Add(new GridCell(rowAt[from.Row - top], columnAt[from.Column - left],
                Count(rowAt, from.Row - top, to.Row - top), Count(columnAt, from.Column - left, to.Column - left), values[from]));
        }
        foreach (var (at, text) in values.Where(v => !covered.Contains(v.Key) && Visible(v.Key)).OrderBy(v => v.Key.Row).ThenBy(v => v.Key.Column))
            cells.Add(new GridCell(rowAt[at.Row - top], columnAt[at.Column - left], 1, 1, text));
        return new SheetGrid(sheetName, cells, columnAt.Count(i => i >= 0));
    }

    // For each row (or column) of the used range, its index among the visible ones, or -1 when hidden.
    private static int[] VisibleIndex(int first, int last, Func<int, bool> hidden)
    {
        var index = new int[last - first + 1];
        var next = 0;
        for (var i = first; i <= last; i++) index[i - first] = hidden(i) ? -1 : next++;
        return index;
    }

    private static bool IsTrue(string? flag) => flag is "1" or "true";

    private static void CheckDepth(int depth)
    {
        if (depth > NestingDepth.Max)
            throw new InvalidDataException($"The worksheet nests more than {NestingDepth.Max} levels deep, which no real workbook does.");
    }

    /// <summary>
    /// Reads one cell element without building a tree, leaving the reader after it: its reference and its text as a
    /// reader sees it. Text is what LINQ to XML's Value would give: the first v's text, or the inline string's t runs.
    /// </summary>
    private (string? Reference, string? Text) ReadCell(XmlReader xml)
    {
        var reference = xml.GetAttribute("r");
        var type = xml.GetAttribute("t");
        var style = xml.GetAttribute("s");
        StringBuilder? value = null, inline = null, formula = null;
        int valuesSeen = 0, inlinesSeen = 0, formulasSeen = 0;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return (reference, CellText(type, style, null, null, null));
        }
        var depth = xml.Depth;
        // The names of the open elements below the cell, outermost first.
        var path = new List<string>();
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.EOF) throw new XmlException("The worksheet ends inside a cell.");
            CheckDepth(xml.Depth);
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (path.Count == 0 && xml.LocalName == "v") valuesSeen++;
                    if (path.Count == 0 && xml.LocalName == "is" && ++inlinesSeen == 1) inline = new StringBuilder();
                    if (path.Count == 0 && xml.LocalName == "f") formulasSeen++;
                    if (!xml.IsEmptyElement) path.Add(xml.LocalName);
                    break;
                case XmlNodeType.EndElement:
                    path.RemoveAt(path.Count - 1);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    if (path.Count == 0) break;
                    if (path[0] == "v" && valuesSeen == 1) (value ??= new StringBuilder()).Append(xml.Value);
                    else if (path[0] == "is" && inlinesSeen == 1 && IsInlineRun(path)) inline!.Append(xml.Value);
                    else if (path[0] == "f" && formulasSeen == 1) (formula ??= new StringBuilder()).Append(xml.Value);
                    break;
            }
            xml.Read();
        }
        xml.Read();
        return (reference, CellText(type, style, value?.ToString() ?? (valuesSeen > 0 ? "" : null), inline?.ToString(), formula?.ToString()));
    }

    // Inside an inline string, the text of its t runs and of the t of its rich runs (r), not of phonetic guides.
    private static bool IsInlineRun(List<string> path) =>
        path.Count >= 2 && (path[1] == "t" || (path[1] == "r" && path.Count >= 3 && path[2] == "t"));

    private string? CellText(string? type, string? style, string? raw, string? inline, string? formula)
    {
        switch (type)
        {
            // A form's target typed with its comparator first (=300天) is taken for a formula naming nothing the
            // spreadsheet knows; the typed text is the value, the #NAME? error only the program's complaint.
            case "e" when raw == "#NAME?" && !string.IsNullOrWhiteSpace(formula): return "=" + formula;
            case "s": return int.TryParse(raw, out var i) && i >= 0 && i < sharedStrings.Count ? sharedStrings[i] : null;
            case "inlineStr": return inline ?? raw;
            case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
            case "str" or "e" or "d": return raw;
            default:
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? NumberText.Render(number, formats.ForStyle(style))
                    : raw;
        }
    }
}

/// <summary>A sheet too large to read as a table (more cells, or a wider used range, than the limits allow).</summary>
internal sealed class SheetTooLargeException(string message) : Exception(message);
