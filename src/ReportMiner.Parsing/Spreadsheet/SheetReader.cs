using System.Globalization;
using System.Xml.Linq;
using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>One worksheet's used range as a table draft: merged ranges become one spanning cell.</summary>
internal sealed class SheetReader(IReadOnlyList<string> sharedStrings, NumberFormats formats)
{
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
        var corners = values.Keys.Concat(merges.Where(m => values.ContainsKey(m.From)).SelectMany(m => new[] { m.From, m.To })).ToList();
        var top = corners.Min(c => c.Row);
        var left = corners.Min(c => c.Column);

        var covered = new HashSet<CellReference>();
        foreach (var (from, to) in merges.Where(m => values.ContainsKey(m.From)))
        {
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
