using System.Globalization;
using System.Xml.Linq;
using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>One worksheet's used range as a table draft: merged ranges become one spanning cell.</summary>
internal sealed class SheetReader(IReadOnlyList<string> sharedStrings, NumberFormats formats)
{
    /// <summary>Far more than any report's table; a sheet beyond it is data, not a report, and would exhaust memory.</summary>
    public const int MaxCells = 200_000;

    /// <summary>Rows × columns of the used range: one stray cell at XFD1048576 must not make a 17-billion-cell grid.</summary>
    public const long MaxGridCells = 4_000_000;

    public TableDraft Read(XElement worksheet, string sheetName)
    {
        var values = new Dictionary<CellReference, string>();
        foreach (var row in worksheet.Child("sheetData")?.Children("row") ?? [])
            foreach (var cell in row.Children("c"))
                if (CellReference.Parse(cell.Attr("r")) is { } at && CellText(cell) is { Length: > 0 } text)
                    values[at] = text;

        var merges = (worksheet.Child("mergeCells")?.Children("mergeCell") ?? [])
            .Select(m => CellReference.ParseRange(m.Attr("ref")))
            .OfType<(CellReference From, CellReference To)>()
            .Where(m => values.ContainsKey(m.From) || m.From != m.To)
            .ToList();

        var draft = new TableDraft(1) { Caption = sheetName };
        if (values.Count == 0) return draft;
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

        var covered = new HashSet<CellReference>();
        foreach (var (from, end) in merges.Where(m => values.ContainsKey(m.From)))
        {
            var to = new CellReference(Math.Min(end.Row, bottom), Math.Min(end.Column, right));
            if (to.Row < from.Row || to.Column < from.Column) continue;
            draft.AddCell(from.Row - top, from.Column - left, values[from], to.Row - from.Row + 1, to.Column - from.Column + 1);
            for (var r = from.Row; r <= to.Row; r++)
                for (var c = from.Column; c <= to.Column; c++)
                    covered.Add(new CellReference(r, c));
        }
        foreach (var (at, text) in values.Where(v => !covered.Contains(v.Key)).OrderBy(v => v.Key.Row).ThenBy(v => v.Key.Column))
            draft.AddCell(at.Row - top, at.Column - left, text);
        return draft;
    }

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
