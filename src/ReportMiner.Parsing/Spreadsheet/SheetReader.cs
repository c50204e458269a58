using System.Globalization;
using System.Xml.Linq;
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

    public SheetGrid Read(XElement worksheet, string sheetName)
    {
        var hiddenColumns = HiddenColumns(worksheet);
        var values = new Dictionary<CellReference, string>();
        var hiddenRows = new HashSet<int>();
        // Rows and cells may leave out their reference (r is optional in SpreadsheetML; streaming writers omit it):
        // such a row follows the previous row, such a cell the previous cell of its row.
        var rowIndex = -1;
        foreach (var row in worksheet.Child("sheetData")?.Children("row") ?? [])
        {
            rowIndex = int.TryParse(row.Attr("r"), out var number) && number >= 1 ? number - 1 : rowIndex + 1;
            var rowHidden = IsTrue(row.Attr("hidden"));
            if (rowHidden) hiddenRows.Add(rowIndex);
            var column = -1;
            foreach (var cell in row.Children("c"))
            {
                var reference = cell.Attr("r");
                CellReference? at = string.IsNullOrEmpty(reference) ? new CellReference(rowIndex, column + 1) : CellReference.Parse(reference);
                if (at is not { } position) continue;
                // A referenced cell in a row without a reference says which row this is, for the rows after it.
                rowIndex = position.Row;
                column = position.Column;
                if (CellText(cell) is { Length: > 0 } text)
                {
                    values[position] = text;
                    if (rowHidden) hiddenRows.Add(position.Row);
                }
            }
        }

        var merges = (worksheet.Child("mergeCells")?.Children("mergeCell") ?? [])
            .Select(m => CellReference.ParseRange(m.Attr("ref")))
            .OfType<(CellReference From, CellReference To)>()
            .Where(m => values.ContainsKey(m.From) || m.From != m.To)
            .ToList();

        if (values.Count == 0) return new SheetGrid(sheetName, [], 0);
        if (values.Count > MaxCells)
            throw new SheetTooLargeException($"Sheet '{sheetName}' has {values.Count:N0} cells with values; ReportMiner reads sheets of up to {MaxCells:N0}.");
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

    private static HashSet<int> HiddenColumns(XElement worksheet)
    {
        var hidden = new HashSet<int>();
        foreach (var col in worksheet.Child("cols")?.Children("col") ?? [])
        {
            if (!IsTrue(col.Attr("hidden"))) continue;
            if (!int.TryParse(col.Attr("min"), out var min) || !int.TryParse(col.Attr("max"), out var max)) continue;
            for (var c = Math.Max(1, min); c <= Math.Min(max, MaxColumns); c++) hidden.Add(c - 1);
        }
        return hidden;
    }

    private static bool IsTrue(string? flag) => flag is "1" or "true";

    private string? CellText(XElement cell)
    {
        var raw = cell.Child("v")?.Value;
        switch (cell.Attr("t"))
        {
            case "s": return int.TryParse(raw, out var i) && i >= 0 && i < sharedStrings.Count ? sharedStrings[i] : null;
            case "inlineStr": return cell.Child("is") is { } inline ? SharedStrings.Text(inline) : raw;
            case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
            case "str" or "e" or "d": return raw;
            default:
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? NumberText.Render(number, formats.ForStyle(cell.Attr("s")))
                    : raw;
        }
    }
}

/// <summary>A sheet too large to read as a table (more cells, or a wider used range, than the limits allow).</summary>
internal sealed class SheetTooLargeException(string message) : Exception(message);
